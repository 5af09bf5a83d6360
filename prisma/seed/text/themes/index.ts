import type { SectionKey } from "../sections";
import { baoVeNenTang } from "./bao-ve-nen-tang";
import { daiHoi, sinhNhatBac } from "./campaigns";
import { doiNgoai } from "./doi-ngoai";
import { guongDienHinh } from "./guong-dien-hinh";
import { hoatDongCoSo } from "./hoat-dong-co-so";
import { theoGuongBac } from "./theo-guong-bac";
import { tuyenGiao } from "./tuyen-giao";
import { tuyenVan } from "./tuyen-van";
import { xayDungDang } from "./xay-dung-dang";
import type { Theme } from "./types";

export type { Theme, TitleTemplate } from "./types";

/** One theme per section, keyed by the section's key. */
export const SECTION_THEMES: Readonly<Record<SectionKey, Theme>> = {
  "cong-tac-tuyen-giao": tuyenGiao,
  "thong-tin-doi-ngoai": doiNgoai,
  "cong-tac-tuyen-van": tuyenVan,
  "theo-guong-bac": theoGuongBac,
  "bao-ve-nen-tang-tu-tuong-cua-dang": baoVeNenTang,
  "xay-dung-dang": xayDungDang,
  "hoat-dong-co-so": hoatDongCoSo,
  "guong-dien-hinh": guongDienHinh,
};

export const CAMPAIGN_THEMES = { congress: daiHoi, birthday: sinhNhatBac } as const;

export const ALL_THEMES: readonly Theme[] = [...Object.values(SECTION_THEMES), daiHoi, sinhNhatBac];
