export const dynamic = "force-dynamic";

export default function HomePage() {
  return <main id="noi-dung">Trang chủ</main>;
}
