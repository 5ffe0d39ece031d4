// Bad and good documents shared by the hardening tests.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/store/config.ts";

const seedFiles = fs.readdirSync(path.join(PROJECT_ROOT, "seeds")).filter((f) => f.endsWith(".txt")).sort();
export const SEED_A = fs.readFileSync(path.join(PROJECT_ROOT, "seeds", seedFiles[0]), "utf8");
export const SEED_B = fs.readFileSync(path.join(PROJECT_ROOT, "seeds", seedFiles[1]), "utf8");

const HEADER = /^ date \d{4}-\d{2}-\d{2}/;
/** SEED_A without its ` date` header. */
export const UNDATED = SEED_A.replace(HEADER, "").trimStart();
export const withDate = (date: string, text = SEED_A) => text.replace(HEADER, ` date ${date}`);

export const VIETNAMESE =
  " date 2023-06-13 Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên tiếp Đại sứ Hàn Quốc\n" +
  "Hà Nội (TTXVN) - Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã tiếp Đại sứ Hàn Quốc tại Việt Nam Oh Young-ju. " +
  "Tại buổi tiếp, hai bên đã trao đổi về các biện pháp thúc đẩy hợp tác kinh tế, thương mại và đầu tư giữa hai nước trong thời gian tới. " +
  "Bộ trưởng đề nghị Đại sứ tiếp tục là cầu nối quan trọng, góp phần đưa quan hệ Đối tác chiến lược toàn diện ngày càng phát triển.\n";

export const FRENCH =
  " date 2023-06-13 Le ministre vietnamien reçoit l'ambassadeur de Corée\n" +
  "Le ministre de l'Industrie et du Commerce Nguyen Hong Dien a reçu l'ambassadeur de la République de Corée au Vietnam. " +
  "Les deux parties ont discuté des mesures visant à promouvoir la coopération économique, commerciale et d'investissement " +
  "entre les deux pays dans les temps à venir, et le ministre a proposé de renforcer les échanges entre les entreprises.\n";

export const RUSSIAN =
  " date 2023-06-13 Министр промышленности и торговли Вьетнама Нгуен Хонг Зиен принял посла Республики Корея во Вьетнаме. " +
  "Стороны обсудили меры по развитию экономического сотрудничества и торговли между двумя странами.\n";

export const HTML_PAGE =
  "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Vietnam, RoK boost trade ties</title></head>\n<body>\n" +
  "<div class=\"article\"><h1>Vietnam, RoK boost trade ties</h1>\n<p>" +
  UNDATED.split("\n\n").join("</p>\n<p>") +
  "</p></div>\n</body></html>\n";

/** An HTML page that starts with a valid date header (the header alone must not let it through). */
export const DATED_HTML_PAGE = " date 2023-06-13 " + HTML_PAGE.replace("<!DOCTYPE html>\n", "");

/** A few hundred bytes of a plain PNG: binary with NUL bytes. */
export const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(300).fill(0x00)]);
/** Latin-1 bytes: not valid UTF-8. */
export const LATIN1 = Buffer.from(" date 2023-06-13 The minister received the ambassador at the café in Hanoï. ".repeat(3), "latin1");
