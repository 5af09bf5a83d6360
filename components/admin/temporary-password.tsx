/** The one moment a temporary password is visible: to be handed over in person. */
export function TemporaryPassword({
  name,
  email,
  password,
  children,
}: {
  name: string;
  email: string;
  password: string;
  children?: React.ReactNode;
}) {
  return (
    <section role="status" aria-labelledby="mat-khau-tam-thoi" className="rounded border-2 border-green-700 bg-green-50 p-4">
      <h2 id="mat-khau-tam-thoi" className="font-bold text-green-900">
        Mật khẩu tạm thời của {name}
      </h2>
      <p className="mt-1 text-sm text-green-900">Thư điện tử đăng nhập: {email}</p>
      <p className="mt-3">
        <code className="inline-block rounded border border-green-700 bg-white px-3 py-2 font-mono text-xl tracking-wider select-all">{password}</code>
      </p>
      <p className="mt-3 text-sm text-green-900">
        Mật khẩu này chỉ hiển thị một lần. Hãy chuyển cho người dùng qua kênh an toàn; họ sẽ phải đổi mật khẩu ở lần đăng nhập đầu tiên.
      </p>
      {children && <div className="mt-3 flex flex-wrap gap-2">{children}</div>}
    </section>
  );
}
