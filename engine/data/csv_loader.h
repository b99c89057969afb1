// Loads a CSV file into a Dataset: one row per sample, one column the label.
//
// The rules, in the order they apply:
// - Delimiter: ',' unless the first row holds more ';' (or tabs) outside quotes.
//   In a ';'-separated file a decimal comma ("1,5") reads as 1.5.
// - Header: the first row is a header when every cell in it is non-empty text (not a
//   number), and either it is the only row, or a column below it holds a number, or none
//   of its cells appears again below in the same column. Without a header the columns are
//   named "column 1", "column 2", ...
// - Missing cells: empty, NA, N/A, NaN, null or ? (any case) become NaN; cleaning
//   (preprocessing.h) drops or imputes them.
// - Column types: a column whose non-missing cells are all numbers is numeric. A column
//   whose cells are mostly text is categorical (numbers in it are category names too).
//   A column that is mostly numbers with a few text cells is refused, naming the first
//   text cell. An input column with more than kMaxCsvCategories different texts is refused
//   (it looks like an identifier).
// - Categorical input columns become one input per category (one-hot), in sorted order,
//   named "column=value"; a missing cell sets all of that column's inputs to NaN.
// - The label column (by name, or by 1-based number; default the last column):
//   text labels are classes, numbered in sorted order, with classNames;
//   a numeric label whose values are all whole numbers with at most
//   kMaxNumericLabelClasses distinct values is a class label too (classes are its
//   distinct values in increasing order, named by their values); any other numeric label is
//   a regression target. CsvOptions::task overrides the guess.
// - Size: at most kMaxCsvBytes of text and kMaxCsvColumns cells in a row.
// Every refusal names the row and column (1-based, as a spreadsheet shows them) and says
// what to change. The result is a fresh Dataset: on failure nothing already loaded is lost.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "data/dataset.h"

namespace layerlab {

// Limits (docs/reliability.md lists every input limit).
constexpr std::uintmax_t kMaxCsvBytes = 200u * 1024u * 1024u;  // checked before reading
// Cells in a row, checked as the text is split: each column costs a few hundred bytes of
// bookkeeping whatever its cells hold, so without a bound a 50 MB line of "1," (25 million
// columns) takes gigabytes; a table wider than this is not one to learn from cell by cell.
constexpr size_t kMaxCsvColumns = 100'000;
constexpr int kMaxCsvCategories = 100;
constexpr int kMaxNumericLabelClasses = 20;

enum class CsvHeader { Auto, Present, Absent };

struct CsvOptions {
    std::string labelColumn;        // a column name, or its 1-based number; empty = last
    std::string task = "auto";      // "auto", "classification" or "regression"
    char delimiter = 0;             // 0 = detect
    CsvHeader header = CsvHeader::Auto;
    std::uintmax_t maxBytes = kMaxCsvBytes;
    size_t maxColumns = kMaxCsvColumns;
};

// Reads and converts a CSV file. Throws DataError.
Dataset loadCsv(const std::string& path, const CsvOptions& options = {});

// The same from text already in memory; `source` names it in messages.
Dataset parseCsvDataset(std::string_view text, const CsvOptions& options, const std::string& source);

}  // namespace layerlab
