// Splits CSV text into rows of cells (RFC 4180): quoted cells may hold the delimiter,
// line breaks and doubled quotes (""). Knows nothing about numbers; csv_loader does that.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace layerlab {

struct CsvRow {
    int number = 0;                  // 1-based, as a spreadsheet shows it (row 1 = first line)
    std::vector<std::string> cells;  // unquoted, "" unescaped, surrounding spaces kept
};

struct CsvTable {
    char delimiter = ',';
    std::vector<CsvRow> rows;  // blank lines are skipped, but still counted in row numbers
};

// The delimiter of the first row, outside quotes: ';' or '\t' when it occurs more often
// than ',', otherwise ','.
char detectCsvDelimiter(std::string_view text);

// Parses the whole text, in time linear in its length. `delimiter` 0 detects it. `source`
// names the file in messages. Throws DataError naming the row and column of an unterminated
// quote or of text after a closing quote, or the row with more than `maxColumns` cells (as
// soon as it reaches them: a single endless line is not split into millions of cells first).
CsvTable parseCsv(std::string_view text, char delimiter, const std::string& source,
                  size_t maxColumns = std::numeric_limits<size_t>::max());

}  // namespace layerlab
