#include "data/csv_loader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/error.h"
#include "data/csv_parser.h"
#include "data/input_file.h"

namespace layerlab {

namespace {

enum class CellKind { Number, Missing, Text, NonFinite };

std::string_view trim(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t");
    return s.substr(first, last - first + 1);
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool isMissingMarker(std::string_view s)
{
    for (std::string_view m : {"", "NA", "N/A", "NaN", "null", "?"})
        if (equalsIgnoringCase(s, m))
            return true;
    return false;
}

// What a cell holds; `value` is set for Number.
CellKind classifyCell(std::string_view raw, bool decimalComma, float& value)
{
    std::string_view s = trim(raw);
    if (isMissingMarker(s))
        return CellKind::Missing;
    std::string copy;
    if (s.size() > 1 && s[0] == '+' && s[1] != '-' && s[1] != '+')
        s.remove_prefix(1);
    if (decimalComma && s.find(',') != std::string_view::npos && s.find('.') == std::string_view::npos) {
        copy.assign(s);
        std::replace(copy.begin(), copy.end(), ',', '.');
        s = copy;
    }
    double v = 0.0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (end != s.data() + s.size() || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return CellKind::Text;
    if (ec == std::errc::result_out_of_range || !std::isfinite(v)
        || std::abs(v) > double(std::numeric_limits<float>::max()))
        return CellKind::NonFinite;
    value = float(v);
    return CellKind::Number;
}

// Everything a refusal message needs to say where it is: the file, and a column's number
// (1-based, as a spreadsheet shows it) and name.
struct Where {
    std::string source;
    const std::vector<std::string>* names = nullptr;

    MessageArg file() const { return MessageArg::name(source); }
    static MessageArg number(size_t c) { return MessageArg::count((long long)(c + 1)); }
    MessageArg name(size_t c) const { return MessageArg::name((*names)[c]); }
};

bool looksLikeHeader(const std::vector<CsvRow>& rows, bool decimalComma)
{
    const std::vector<std::string>& first = rows[0].cells;
    bool anyText = false;
    for (const std::string& cell : first) {
        float v;
        const CellKind kind = classifyCell(cell, decimalComma, v);
        if (kind == CellKind::Number || kind == CellKind::NonFinite)
            return false;
        anyText = anyText || !trim(cell).empty();
    }
    if (!anyText)
        return false;
    if (rows.size() == 1)
        return true;
    // A text cell over numbers is a column name.
    for (size_t r = 1; r < rows.size(); ++r)
        for (size_t c = 0; c < std::min(first.size(), rows[r].cells.size()); ++c) {
            float v;
            if (!trim(first[c]).empty() && classifyCell(rows[r].cells[c], decimalComma, v) == CellKind::Number)
                return true;
        }
    // All text: a name would not appear again as a value in its own column.
    for (size_t r = 1; r < rows.size(); ++r)
        for (size_t c = 0; c < std::min(first.size(), rows[r].cells.size()); ++c)
            if (!trim(first[c]).empty() && trim(rows[r].cells[c]) == trim(first[c]))
                return false;
    return true;
}

struct Column {
    bool categorical = false;
    std::vector<std::string> categories;  // sorted, categorical only
    bool allWhole = true;                 // numeric only: every value is an integer
    std::set<float> distinct;             // numeric only, up to a bound
    size_t present = 0;                   // non-missing cells
};

// Decides numeric or categorical for column c (see the rules in csv_loader.h).
Column typeColumn(const std::vector<CsvRow>& rows, size_t firstData, size_t c, bool decimalComma,
                  const Where& where)
{
    Column col;
    size_t numbers = 0, texts = 0;
    int firstTextRow = 0;
    std::string firstText;
    for (size_t r = firstData; r < rows.size(); ++r) {
        float v = 0.0f;
        const std::string& raw = rows[r].cells[c];
        switch (classifyCell(raw, decimalComma, v)) {
        case CellKind::Number:
            ++numbers;
            if (v != std::floor(v))
                col.allWhole = false;
            if (col.distinct.size() <= size_t(kMaxCsvCategories))
                col.distinct.insert(v);
            break;
        case CellKind::Text:
            if (texts++ == 0) {
                firstTextRow = rows[r].number;
                firstText = std::string(trim(raw));
            }
            break;
        case CellKind::NonFinite:
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: row %2, column %3 ('%4'): '%5' is not a finite number (or too large for a "
                                            "32-bit float). Correct the cell, or empty it to mark it as missing."),
                where.file(), MessageArg::count(rows[r].number), Where::number(c), where.name(c),
                MessageArg::name(std::string(trim(raw)))));
        case CellKind::Missing:
            break;
        }
    }
    col.present = numbers + texts;
    if (col.present == 0)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1: column %2 ('%3') has no values in any row. Delete the column (a delimiter at "
                                        "the end of every line makes such a column)."),
            where.file(), Where::number(c), where.name(c)));
    if (texts > 0 && numbers > texts)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1: row %2, column %3 ('%4'): '%5' is not a number, but most cells of this column "
                                        "are numbers. Correct the cell (write numbers without units or thousands "
                                        "separators), or empty it to mark it as missing."),
            where.file(), MessageArg::count(firstTextRow), Where::number(c), where.name(c), MessageArg::name(firstText)));
    if (texts > 0) {
        col.categorical = true;
        std::set<std::string> names;
        for (size_t r = firstData; r < rows.size(); ++r) {
            float v;
            if (classifyCell(rows[r].cells[c], decimalComma, v) != CellKind::Missing)
                names.insert(std::string(trim(rows[r].cells[c])));
        }
        col.categories.assign(names.begin(), names.end());
    }
    return col;
}

size_t findLabelColumn(const std::string& wanted, const std::vector<std::string>& names, bool hasHeader,
                       const std::string& source)
{
    if (wanted.empty())
        return names.size() - 1;
    for (size_t c = 0; c < names.size(); ++c)
        if (names[c] == wanted)
            return c;
    size_t found = names.size();
    int matches = 0;
    for (size_t c = 0; c < names.size(); ++c)
        if (equalsIgnoringCase(names[c], wanted)) {
            found = c;
            ++matches;
        }
    if (matches == 1)
        return found;
    if (!wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
        const long number = wanted.size() > 6 ? 0 : std::stol(wanted);
        if (number >= 1 && size_t(number) <= names.size())
            return size_t(number - 1);
        //: %2 is the column number asked for, %3 how many columns the file has
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1: there is no column %2 to use as the label; the file has %3 columns. Set the "
                                        "label column to a number from 1 to %3, or to a column name."),
            MessageArg::name(source), MessageArg::name(wanted), MessageArg::count((long long)names.size())));
    }
    std::string list;
    for (size_t c = 0; c < names.size() && c < 20; ++c)
        list += (c ? ", " : "") + names[c];
    if (names.size() > 20)
        list += ", ...";
    //: %3 is the list of the file's column names
    if (hasHeader)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1: there is no label column named '%2'. The columns are: %3. Set the label "
                                        "column to one of these names, or to a column number (1 = first)."),
            MessageArg::name(source), MessageArg::name(wanted), MessageArg::name(list)));
    throw DataError(engineMessage(
        QT_TRANSLATE_NOOP("Engine", "%1: there is no label column named '%2' (the file has no header row, so its columns "
                                    "are named column 1, column 2, ...). The columns are: %3. Set the label column to one "
                                    "of these names, or to a column number (1 = first)."),
        MessageArg::name(source), MessageArg::name(wanted), MessageArg::name(list)));
}

std::string formatLabelValue(float v)
{
    std::ostringstream s;
    s << v;
    return s.str();
}

}  // namespace

Dataset parseCsvDataset(std::string_view text, const CsvOptions& options, const std::string& source)
{
    if (options.task != "auto" && options.task != "classification" && options.task != "regression")
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "The CSV task must be auto, classification or regression, not '%1'. Set it to one of these."),
            MessageArg::name(options.task)));
    const MessageArg file = MessageArg::name(source);
    if (text.empty())
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is empty. Choose a CSV file with a header row and at least one data row."), file));
    if (text.size() >= 2 && ((uint8_t(text[0]) == 0xFF && uint8_t(text[1]) == 0xFE) || (uint8_t(text[0]) == 0xFE && uint8_t(text[1]) == 0xFF)))
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is saved as UTF-16 text. Save it again as CSV in UTF-8 (\"CSV UTF-8\" in a "
                                        "spreadsheet's Save As)."),
            file));
    if (text.size() >= 2 && uint8_t(text[0]) == 0x1F && uint8_t(text[1]) == 0x8B)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is a gzip-compressed file, not CSV text. Decompress it first (gunzip), then load the .csv."),
            file));
    if (text.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is a zip file or an Excel workbook, not CSV text. Export the sheet as CSV "
                                        "(comma-separated values), then load that."),
            file));
    if (const auto nul = text.find('\0'); nul != std::string_view::npos)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 contains a NUL byte (at byte %2): it is a binary file, not CSV text. Export the "
                                        "data as CSV (comma-separated values) and load that."),
            file, MessageArg::count((long long)(nul + 1))));
    if (text.substr(0, 3) == "\xEF\xBB\xBF")  // UTF-8 byte-order mark
        text.remove_prefix(3);

    const CsvTable table = parseCsv(text, options.delimiter, source, options.maxColumns);
    const std::vector<CsvRow>& rows = table.rows;
    if (rows.empty())
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 holds no rows, only blank lines. Choose a CSV file with a header row and data rows."),
            file));
    const bool decimalComma = table.delimiter == ';';

    const bool hasHeader = options.header == CsvHeader::Present
                           || (options.header == CsvHeader::Auto && looksLikeHeader(rows, decimalComma));
    const size_t width = rows[0].cells.size();
    for (const CsvRow& row : rows) {
        if (row.cells.size() == width)
            continue;
        //: %2 is a row number, %3 its number of cells, %4 the first row's number, %5 its number of cells
        const char* sentence = row.cells.size() == 1
            ? (hasHeader ? QT_TRANSLATE_NOOP("Engine", "%1: row %2 has %3 cell but row %4 (the header) has %5. Every row "
                                                       "needs the same number of cells: look for a missing or extra "
                                                       "delimiter in row %2, or put quotes around a cell that contains "
                                                       "the delimiter.")
                         : QT_TRANSLATE_NOOP("Engine", "%1: row %2 has %3 cell but row %4 has %5. Every row needs the same "
                                                       "number of cells: look for a missing or extra delimiter in row %2, "
                                                       "or put quotes around a cell that contains the delimiter."))
            : (hasHeader ? QT_TRANSLATE_NOOP("Engine", "%1: row %2 has %3 cells but row %4 (the header) has %5. Every row "
                                                       "needs the same number of cells: look for a missing or extra "
                                                       "delimiter in row %2, or put quotes around a cell that contains "
                                                       "the delimiter.")
                         : QT_TRANSLATE_NOOP("Engine", "%1: row %2 has %3 cells but row %4 has %5. Every row needs the same "
                                                       "number of cells: look for a missing or extra delimiter in row %2, "
                                                       "or put quotes around a cell that contains the delimiter."));
        throw DataError(engineMessage(sentence, file, MessageArg::count(row.number), MessageArg::count((long long)row.cells.size()),
                                      MessageArg::count(rows[0].number), MessageArg::count((long long)width)));
    }
    const size_t firstData = hasHeader ? 1 : 0;
    if (rows.size() == firstData)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 has a header row but no data rows. Add at least one row of data below the header."),
            file));

    std::vector<std::string> names(width);
    for (size_t c = 0; c < width; ++c) {
        names[c] = hasHeader ? std::string(trim(rows[0].cells[c])) : std::string();
        if (names[c].empty())
            names[c] = "column " + std::to_string(c + 1);
    }
    // One pass with a hash set: comparing every pair took 15 s for 100000 columns.
    std::unordered_map<std::string_view, size_t> firstNamed;
    firstNamed.reserve(width);
    for (size_t d = 0; d < width; ++d)
        if (const auto [at, added] = firstNamed.emplace(names[d], d); !added)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: columns %2 and %3 are both named '%4'. Rename one of them in the header row."),
                file, Where::number(at->second), Where::number(d), MessageArg::name(names[d])));
    const Where where{source, &names};

    if (width < 2)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 has only one column ('%2'). A data set needs at least one input column besides "
                                        "the label column. Add an input column, or check that the cells are separated by "
                                        "',' or ';'."),
            file, MessageArg::name(names[0])));
    const size_t label = findLabelColumn(options.labelColumn, names, hasHeader, source);

    std::vector<Column> columns;
    for (size_t c = 0; c < width; ++c)
        columns.push_back(typeColumn(rows, firstData, c, decimalComma, where));
    for (size_t c = 0; c < width; ++c)
        if (c != label && columns[c].categorical && columns[c].categories.size() > size_t(kMaxCsvCategories))
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: column %2 ('%3') holds %4 different texts; LayerLab turns a text column "
                                            "into one input per value and stops at %5. It looks like a name or an "
                                            "identifier. Delete the column."),
                file, Where::number(c), where.name(c), MessageArg::count((long long)columns[c].categories.size()),
                MessageArg::count(kMaxCsvCategories)));

    // The label: classes or a regression target (rules in csv_loader.h).
    const Column& labelCol = columns[label];
    const MessageArg labelNumber = Where::number(label), labelName = where.name(label);
    Task task;
    if (labelCol.categorical) {
        if (options.task == "regression")
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: the label column %2 ('%3') holds text (such as '%4'), and regression needs "
                                            "numbers. Choose classification, or another label column."),
                file, labelNumber, labelName, MessageArg::name(labelCol.categories[0])));
        task = Task::Classification;
    } else if (options.task == "classification") {
        if (!labelCol.allWhole)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: the label column %2 ('%3') holds fractional numbers, which cannot be class "
                                            "numbers. Choose regression, or another label column."),
                file, labelNumber, labelName));
        task = Task::Classification;
    } else if (options.task == "regression") {
        task = Task::Regression;
    } else {
        task = labelCol.allWhole && labelCol.distinct.size() <= size_t(kMaxNumericLabelClasses) ? Task::Classification
                                                                                               : Task::Regression;
    }

    std::vector<std::string> classNames;
    std::map<std::string, int> textClass;
    std::map<float, int> numberClass;
    if (task == Task::Classification) {
        if (labelCol.categorical) {
            classNames = labelCol.categories;
        } else {
            for (float v : labelCol.distinct)
                classNames.push_back(formatLabelValue(v));
        }
        if (classNames.size() > size_t(kMaxCsvCategories))
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: the label column %2 ('%3') has more than %4 different values, too many "
                                            "classes to learn. Choose regression, or another label column."),
                file, labelNumber, labelName, MessageArg::count(kMaxCsvCategories)));
        if (classNames.size() < 2)
            throw DataError(engineMessage(
                QT_TRANSLATE_NOOP("Engine", "%1: the label column %2 ('%3') has only one value ('%4'), and a classifier "
                                            "needs at least two classes. Choose another label column."),
                file, labelNumber, labelName, MessageArg::name(classNames[0])));
        for (size_t k = 0; k < classNames.size(); ++k) {
            if (labelCol.categorical)
                textClass[classNames[k]] = int(k);
            else
                numberClass[*std::next(labelCol.distinct.begin(), std::ptrdiff_t(k))] = int(k);
        }
    }

    // Input rows: one per numeric column, one per category of a categorical column.
    Index inputCount = 0;
    std::vector<std::string> featureNames;
    for (size_t c = 0; c < width; ++c) {
        if (c == label)
            continue;
        if (columns[c].categorical) {
            for (const std::string& cat : columns[c].categories)
                featureNames.push_back(names[c] + "=" + cat);
            inputCount += Index(columns[c].categories.size());
        } else {
            featureNames.push_back(names[c]);
            inputCount += 1;
        }
    }

    const Index samples = Index(rows.size() - firstData);
    constexpr float nan = std::numeric_limits<float>::quiet_NaN();
    Dataset data;
    data.name = std::filesystem::path(source).stem().string();
    data.task = task;
    data.inputShape = Shape::flat(int(inputCount));
    data.inputs = Matrix::Zero(inputCount, samples);  // (inputs, N)
    data.targets.resize(1, samples);                  // (1, N)
    data.featureNames = std::move(featureNames);
    if (task == Task::Classification) {
        data.classCount = int(classNames.size());
        data.classNames = classNames;
    } else {
        data.targetNames = {names[label]};
    }

    for (Index j = 0; j < samples; ++j) {
        const CsvRow& row = rows[firstData + size_t(j)];
        Index r = 0;
        for (size_t c = 0; c < width; ++c) {
            float v = 0.0f;
            const CellKind kind = classifyCell(row.cells[c], decimalComma, v);
            const bool missing = kind == CellKind::Missing;
            if (c == label) {
                if (missing)
                    data.targets(0, j) = nan;
                else if (task == Task::Regression)
                    data.targets(0, j) = v;
                else if (labelCol.categorical)
                    data.targets(0, j) = float(textClass.at(std::string(trim(row.cells[c]))));
                else
                    data.targets(0, j) = float(numberClass.at(v));
                continue;
            }
            const Column& col = columns[c];
            if (!col.categorical) {
                data.inputs(r++, j) = missing ? nan : v;
                continue;
            }
            const std::string text(trim(row.cells[c]));
            for (const std::string& cat : col.categories)
                data.inputs(r++, j) = missing ? nan : (cat == text ? 1.0f : 0.0f);
        }
    }
    return data;
}

Dataset loadCsv(const std::string& path, const CsvOptions& options)
{
    const std::string name = std::filesystem::path(path).filename().string();
    InputFile in(path, {QT_TRANSLATE_NOOP("Engine", "Cannot find the CSV file '%1'. Check the folder and the file name."),
                        QT_TRANSLATE_NOOP("Engine", "'%1' is a folder, not a CSV file. Choose a .csv file inside it."),
                        QT_TRANSLATE_NOOP("Engine", "Cannot read '%1'. Check that the file is readable and not locked by "
                                                    "another program.")});
    const std::uintmax_t size = in.size();
    if (size > options.maxBytes)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is %2 MB, larger than the %3 MB LayerLab reads from a CSV file. Load a sample "
                                        "of its rows saved as a smaller file."),
            MessageArg::name(name), MessageArg::count((long long)(size / (1024 * 1024))),
            MessageArg::count((long long)(options.maxBytes / (1024 * 1024)))));
    if (size == 0)
        throw DataError(engineMessage(
            QT_TRANSLATE_NOOP("Engine", "%1 is empty. Choose a CSV file with a header row and at least one data row."),
            MessageArg::name(name)));

    // The size it had when opened, and no more: a file that grows meanwhile stays bounded.
    std::string text(size_t(size), '\0');
    text.resize(in.read(text.data(), text.size()));
    return parseCsvDataset(text, options, name);
}

}  // namespace layerlab
