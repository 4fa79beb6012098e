/**
 * exceljs 4.4's own types leave out the streaming worksheet reader's `name`, which the
 * reader sets (lib/stream/xlsx/worksheet-reader.js, and workbook-reader.js from workbook.xml).
 */
import 'exceljs';

declare module 'exceljs' {
  namespace stream {
    namespace xlsx {
      interface WorksheetReader {
        /** The sheet's name from workbook.xml (`Sheet<id>` if the sheet is read before it). */
        name: string;
      }
    }
  }
}
