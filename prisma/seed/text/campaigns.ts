// Chuyên trang. Names and wording follow seed 002 (the congress campaign plan).
import { addDays, vietnamDay, vietnamTime, type DemoClock } from "../clock";

export type CampaignKey = "congress" | "birthday";

export type CampaignSeed = {
  key: CampaignKey;
  name: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  bannerName: string;
  /** How many items the campaign's own theme contributes. */
  itemCount: number;
};

export function demoCampaigns(clock: DemoClock): CampaignSeed[] {
  const today = vietnamDay(clock.now);
  const todayStart = vietnamTime(today.year, today.month, today.day);
  const { lastYear } = clock;
  return [
    {
      key: "congress",
      name: "Tuyên truyền Đại hội Đảng bộ các cấp",
      description:
        "Chuyên trang tuyên truyền Đại hội Đảng bộ các cấp: công tác chuẩn bị, diễn biến, kết quả đại hội của các tổ chức cơ sở đảng; góp ý dự thảo văn kiện; các phong trào thi đua chào mừng Đại hội. Góp phần củng cố, bồi đắp niềm tin của cán bộ, đảng viên đối với Đảng, tạo sự thống nhất về chính trị, tư tưởng và hành động trong Đảng.",
      startsAt: addDays(todayStart, -45),
      endsAt: addDays(todayStart, 76 - 1 / (24 * 60)),
      bannerName: "banner-dai-hoi",
      itemCount: 10,
    },
    {
      key: "birthday",
      name: `Kỷ niệm ${lastYear - 1890} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/${lastYear})`,
      description:
        "Chuyên trang tuyên truyền kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh: ôn lại cuộc đời, sự nghiệp cách mạng vĩ đại của Người; các hoạt động học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong Đảng bộ khối.",
      startsAt: vietnamTime(lastYear, 5, 1),
      endsAt: vietnamTime(lastYear, 5, 31, 23, 59),
      bannerName: "banner-sinh-nhat-bac",
      itemCount: 8,
    },
  ];
}
