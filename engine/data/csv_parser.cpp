#include "data/csv_parser.h"

#include "core/error.h"

namespace layerlab {

char detectCsvDelimiter(std::string_view text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted;  // a doubled "" toggles twice: no harm
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted && c == ',')
            ++commas;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

namespace {

bool isBlank(const CsvRow& row) { return row.cells.size() == 1 && row.cells[0].find_first_not_of(" \t") == std::string::npos; }

}  // namespace

CsvTable parseCsv(std::string_view text, char delimiter, const std::string& source, size_t maxColumns)
{
    CsvTable table;
    table.delimiter = delimiter ? delimiter : detectCsvDelimiter(text);
    const char d = table.delimiter;

    CsvRow row;
    row.number = 1;
    std::string cell;
    size_t i = 0;
    const size_t n = text.size();

    auto endRow = [&] {
        const int next = row.number + 1;
        row.cells.push_back(std::move(cell));
        cell.clear();
        if (!isBlank(row))
            table.rows.push_back(std::move(row));
        row = CsvRow{};
        row.number = next;
    };
    // Consumes one line break (\n, \r\n or \r) at text[i].
    auto skipLineBreak = [&] {
        if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')
            ++i;
        ++i;
    };

    while (i < n) {
        // Start of a cell. Spaces before an opening quote are ignored.
        size_t j = i;
        while (j < n && (text[j] == ' ' || (text[j] == '\t' && d != '\t')))
            ++j;
        if (j < n && text[j] == '"') {
            const int column = int(row.cells.size()) + 1;
            const int startRow = row.number;
            i = j + 1;
            bool closed = false;
            while (i < n) {
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {  // "" is one quote
                        cell += '"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                cell += text[i++];
            }
            if (!closed)
                throw DataError(engineMessage(
                    QT_TRANSLATE_NOOP("Engine", "%1: row %2, column %3: a quoted cell starts here but its closing quote is missing "
                                                "(unterminated quote). Add the closing \" and write a quote inside a quoted cell as \"\"."),
                    MessageArg::name(source), MessageArg::count(startRow), MessageArg::count(column)));
            while (i < n && (text[i] == ' ' || (text[i] == '\t' && d != '\t')))
                ++i;
            if (i < n && text[i] != d && text[i] != '\n' && text[i] != '\r')
                throw DataError(engineMessage(
                    QT_TRANSLATE_NOOP("Engine", "%1: row %2, column %3: there is text after the closing quote of a quoted cell. "
                                                "Put the whole cell in quotes and write each quote inside it as \"\"."),
                    MessageArg::name(source), MessageArg::count(row.number), MessageArg::count(column)));
        } else {
            // Unquoted: up to the delimiter or the end of the line; a stray quote stays as text.
            while (i < n && text[i] != d && text[i] != '\n' && text[i] != '\r')
                cell += text[i++];
        }
        if (i >= n)
            break;
        if (text[i] == d) {
            row.cells.push_back(std::move(cell));
            cell.clear();
            if (row.cells.size() >= maxColumns)  // a cell follows the delimiter: one too many
                //: %2 is a row number, %3 the most columns LayerLab reads (100000)
                throw DataError(engineMessage(
                    QT_TRANSLATE_NOOP("Engine", "%1: row %2 has more than %3 cells, more columns than LayerLab reads. "
                                                "Delete the columns the network does not need, or check that the rows are "
                                                "separated by line breaks."),
                    MessageArg::name(source), MessageArg::count(row.number), MessageArg::count((long long)maxColumns)));
            ++i;
            if (i == n)  // "a,b," at the very end: the last cell is empty
                break;
        } else {
            skipLineBreak();
            endRow();
        }
    }
    // The last row, unless the text ended with a line break (then it is empty and blank).
    if (!cell.empty() || !row.cells.empty())
        endRow();
    return table;
}

}  // namespace layerlab
