namespace PerfRules.Diagnostics;

/// <summary>
/// Every diagnostic PerfRules reports, with its stable number (<c>PRnnnn</c>) and message template.
/// Codes are never renumbered or reused. 0001-0099: text and syntax; 0100-0199: meaning of a plan;
/// 2000-2099: data rows and files; 3000-3099: evaluation requests; 4000-4099: plan tests and diffs;
/// 5000-5099: the plan registry of a host that scores many companies.
/// </summary>
public enum DiagnosticCode
{
    // ---- text and syntax -------------------------------------------------------------

    /// <summary>A character that no token starts with.</summary>
    [Message("unexpected character {0}")] UnexpectedCharacter = 1,

    /// <summary>A string without its closing quote on the same line.</summary>
    [Message("unterminated string: a string must close with '\"' on the line it starts")] UnterminatedString = 2,

    /// <summary>A backslash escape other than \" \\ \n.</summary>
    [Message("unknown escape '\\{0}' in a string: only \\\", \\\\ and \\n are allowed")] InvalidEscape = 3,

    /// <summary>An identifier with a letter outside ASCII.</summary>
    [Message("'{0}' is not a valid name: names use ASCII letters, digits and '_', and start with a letter or '_'")] InvalidIdentifier = 4,

    /// <summary>A number literal that System.Decimal cannot hold exactly.</summary>
    [Message("number {0} cannot be held exactly by a decimal ({1})")] NumberNotRepresentable = 5,

    /// <summary>The parser met something other than what the grammar allows here.</summary>
    [Message("{0}")] Syntax = 6,

    /// <summary>Parentheses or operators nested beyond the parser's depth limit.</summary>
    [Message("expression nested more than {0} levels deep")] NestingTooDeep = 7,

    /// <summary>A reserved word used where a name is declared.</summary>
    [Message("'{0}' is a reserved word and cannot be used as a name")] ReservedWord = 8,

    /// <summary>A file that is not UTF-8 text.</summary>
    [Message("the file is not valid UTF-8 text (byte {0})")] InvalidUtf8 = 9,

    /// <summary>A malformed number such as <c>1__0</c> or <c>1.</c>.</summary>
    [Message("'{0}' is not a valid number: use digits with optional '_' between them and an optional fraction, such as 1_500_000 or 0.95")] MalformedNumber = 10,

    /// <summary>So many errors in a plan's text that checking it further would only bury the first ones.</summary>
    [Message("more than {0} errors in the plan's text; the rest of the file was not checked")] TooManyErrors = 11,

    // ---- meaning of a plan -----------------------------------------------------------

    /// <summary>A name that nothing declares.</summary>
    [Message("unknown name '{0}'")] UnknownName = 101,

    /// <summary>A name declared twice.</summary>
    [Message("'{0}' is already declared at line {1}")] DuplicateName = 102,

    /// <summary>KPI weights inside a dimension do not add up to 100%.</summary>
    [Message("weights in dimension '{0}' add up to {1}, not 100%")] KpiWeightsNot100 = 103,

    /// <summary>Dimension weights do not add up to 100%.</summary>
    [Message("dimension weights{0} add up to {1}, not 100%")] DimensionWeightsNot100 = 104,

    /// <summary>A weight of 0% or less, or not written as a percent.</summary>
    [Message("weight {0} must be a percent above 0%, such as 40%")] InvalidWeight = 105,

    /// <summary>An operator or function given a value of the wrong type.</summary>
    [Message("{0} needs {1}, but {2} is {3}")] TypeMismatch = 106,

    /// <summary>Two sides of a comparison, <c>if</c> or <c>coalesce</c> of different types.</summary>
    [Message("{0} cannot mix {1} and {2}")] IncompatibleTypes = 107,

    /// <summary>A value asked for at a stage before it is known.</summary>
    [Message("'{0}' cannot be used in {1}: it is known only from the {2} stage on")] TooEarly = 108,

    /// <summary>Metrics that depend on each other in a circle.</summary>
    [Message("metrics depend on each other in a cycle: {0}")] MetricCycle = 109,

    /// <summary><c>linear from A to B</c> with A equal to B.</summary>
    [Message("linear curve has equal ends ({0}): the score would divide by zero")] LinearEqualEnds = 110,

    /// <summary>Ladder thresholds neither strictly increasing nor strictly decreasing.</summary>
    [Message("ladder thresholds must be strictly increasing or strictly decreasing, but line '{0}' at {1} follows {2}")] LadderOrder = 111,

    /// <summary>Ladder pays that do not add up to exactly 100.</summary>
    [Message("ladder pays add up to {0}, not 100")] LadderPaysNot100 = 112,

    /// <summary>A ladder line that pays 0 or less.</summary>
    [Message("ladder line '{0}' pays {1}: each line must pay above 0")] LadderPayNotPositive = 113,

    /// <summary>Band thresholds neither strictly decreasing nor strictly increasing.</summary>
    [Message("band thresholds must be strictly decreasing or strictly increasing, but {0} follows {1}")] BandsOrder = 114,

    /// <summary>A band score outside 0..100.</summary>
    [Message("band score {0} is outside 0 to 100")] BandScoreOutOfRange = 115,

    /// <summary>A metric scored by a second KPI.</summary>
    [Message("'{0}' is already scored by the KPI at line {1}; a metric is scored by at most one KPI")] DuplicateKpi = 116,

    /// <summary>A KPI on a flag, text or date value.</summary>
    [Message("KPI '{0}' scores a {1} value; only number, money, count and percent values can be scored")] KpiNotNumber = 117,

    /// <summary>A grade or multiplier list without an unconditional last line.</summary>
    [Message("the last line of {0} must have no condition: it is the catch-all")] CatchAllMissing = 118,

    /// <summary>A veto naming a grade that the grades block does not have.</summary>
    [Message("veto grade '{0}' is not a line of the grades block")] UnknownVetoGrade = 119,

    /// <summary>No <c>period</c> declaration.</summary>
    [Message("the plan has no 'period' declaration: say 'period week', 'period month', 'period quarter' or 'period year'")] PeriodMissing = 120,

    /// <summary>No dimension at all.</summary>
    [Message("the plan has no dimension: a score needs at least one")] NoDimension = 121,

    /// <summary>A history function with a bad count.</summary>
    [Message("{0}: {1} must be a whole number literal of 1 or more")] InvalidHistoryArgument = 122,

    /// <summary>A declaration allowed at most once given twice.</summary>
    [Message("'{0}' may appear only once; the first is at line {1}")] DuplicateDeclaration = 123,

    /// <summary><c>within</c> naming something other than a text input.</summary>
    [Message("'within {0}' needs a text input, but '{0}' is {1}")] WithinNotText = 124,

    /// <summary>A function with the wrong number of arguments.</summary>
    [Message("'{0}' takes {1}, not {2}")] ArgumentCount = 125,

    /// <summary>A metric whose expression is text.</summary>
    [Message("metric '{0}' is text; metrics are numbers, flags or dates")] TextMetric = 126,

    /// <summary>An input named like the data's id column.</summary>
    [Message("no input may be named 'employee': it is the data's id column")] InputNamedEmployee = 127,

    /// <summary>An input type that does not exist.</summary>
    [Message("unknown input type '{0}': use number, money, count, percent, text, flag or date")] UnknownInputType = 128,

    /// <summary>A condition-less line that is not last.</summary>
    [Message("only the last line of {0} may have no condition; line '{1}' is a catch-all before the end")] CatchAllNotLast = 129,

    /// <summary>A roll-up that cannot combine values of the input's type.</summary>
    [Message("rollup '{0}' cannot combine {1} values; use {2}")] InvalidRollup = 130,

    /// <summary>A name used as something it is not: a function used as a value, an input called like a function, a dimension read as a value.</summary>
    [Message("'{0}' is {1}")] NotCallable = 131,

    /// <summary>The percent argument of <c>top</c> or a grade's <c>top</c> outside (0%, 100%].</summary>
    [Message("top {0} must be a percent above 0% and at most 100%")] InvalidTopShare = 132,

    /// <summary><c>score(NAME)</c> naming neither a dimension nor a KPI.</summary>
    [Message("score({0}) needs a dimension or a KPI's metric, but '{0}' is {1}")] NotScored = 133,

    /// <summary>A grades block or payout block with no line.</summary>
    [Message("{0} has no line")] EmptyBlock = 134,

    /// <summary>A dimension without KPIs.</summary>
    [Message("dimension '{0}' has no KPI")] EmptyDimension = 135,

    /// <summary>A veto with a grade while the plan has no grades block.</summary>
    [Message("veto names grade '{0}', but the plan has no grades block")] VetoGradeWithoutGrades = 136,

    /// <summary>A history function whose argument is not allowed there.</summary>
    [Message("{0} cannot contain {1}")] InvalidHistoryNesting = 137,

    /// <summary>An award, levels block or ranking whose output column would repeat another column's header.</summary>
    [Message("{0} would add the output column '{1}', but the output already has that column ({2})")] OutputColumnClash = 138,

    /// <summary>A profile named <c>default</c>, the name of the top-level dimensions.</summary>
    [Message("'default' is the name of the top-level dimensions and cannot name a profile")] DefaultProfileName = 139,

    /// <summary>Awards that depend on each other in a circle.</summary>
    [Message("awards depend on each other in a cycle: {0}")] AwardCycle = 140,

    /// <summary><c>rank(NAME)</c>, <c>group_size(NAME)</c> or <c>top(P, NAME)</c> naming no ranking.</summary>
    [Message("unknown ranking '{0}': declare it with 'rank {0} by ...'")] UnknownRanking = 141,

    /// <summary><c>grade</c> read in a plan without a grades block.</summary>
    [Message("'grade' needs a grades block, but the plan has none")] NoGradesBlock = 142,

    /// <summary><c>by</c> or <c>where</c> inside a call that is not a group aggregate.</summary>
    [Message("'{0}' belongs to the group functions (group_sum, group_avg, group_min, group_max, group_count), not to '{1}'")] ByWhereOutsideAggregate = 143,

    /// <summary>An aggregate's <c>by</c> naming something other than a text input.</summary>
    [Message("'by {0}' needs a text input, but '{0}' is {1}")] ByNotText = 144,

    /// <summary>A roll-up keyword that does not exist.</summary>
    [Message("unknown rollup '{0}': use sum, avg, min, max or last")] UnknownRollup = 145,

    /// <summary>A period cadence that does not exist.</summary>
    [Message("unknown period '{0}': use week, month, quarter or year")] UnknownCadence = 146,

    // ---- data ------------------------------------------------------------------------

    /// <summary>An input column the data lacks; no row can be read.</summary>
    [Message("the data has no column for input '{0}', so no row can be read")] MissingColumn = 2001,

    /// <summary>A column the plan does not know (a warning).</summary>
    [Message("column '{0}' is not an input of the plan and is ignored")] UnknownColumn = 2002,

    /// <summary>A value that cannot be read as the input's type, or that a decimal cannot hold exactly.</summary>
    [Message("'{0}' is not a valid {1} value for input '{2}' of employee '{3}': {4}")] InvalidValue = 2003,

    /// <summary>An empty value for an input that is not optional.</summary>
    [Message("input '{0}' is empty for employee '{1}', but it is not optional")] EmptyRequiredValue = 2004,

    /// <summary>A count below zero or with a fraction.</summary>
    [Message("count input '{0}' of employee '{1}' must be a whole number of 0 or more, not {2}")] InvalidCount = 2005,

    /// <summary>Two rows for one employee and period.</summary>
    [Message("employee '{0}' has a second row for period {1}; the first is at {2}")] DuplicateRow = 2006,

    /// <summary>A period cell that is not a period.</summary>
    [Message("'{0}' is not a period: {1}")] InvalidPeriod = 2007,

    /// <summary>A row coarser than the plan's cadence.</summary>
    [Message("employee '{0}' has a row for {1} {2}, which is coarser than the plan's {3}s and cannot be split into them")] PeriodTooCoarse = 2008,

    /// <summary>Finer rows for an input without a roll-up.</summary>
    [Message("employee '{0}' has a row for {1} {2}, which cannot be combined into the plan's {3} {4}: no rollup is declared for {5}")] MissingRollup = 2009,

    /// <summary>A row without an employee id.</summary>
    [Message("the employee id is empty")] EmptyEmployee = 2010,

    /// <summary>One employee's rows inside a plan period of different cadences; the rows of the outvoted cadence.</summary>
    [Message("employee '{0}' has {1} rows and {2} rows inside {3}: rows of one cadence only can be combined, so the {2} rows are left out")] MixedCadence = 2011,

    /// <summary>A header naming one column twice.</summary>
    [Message("column '{0}' appears twice in the header; the first is at column {1}")] DuplicateColumn = 2012,

    /// <summary>A row with more or fewer cells than the header.</summary>
    [Message("the row has {0} cells but the header has {1}")] WrongCellCount = 2013,

    /// <summary>A file that is empty, has no rows, is not UTF-8, breaks the CSV quoting rules, or cannot be opened.</summary>
    [Message("{0}")] MalformedData = 2014,

    /// <summary>A host value of a .NET type the input cannot take.</summary>
    [Message("input '{0}' is {1} and takes {2}, but employee '{3}' gives {4}")] WrongValueType = 2015,

    /// <summary>A host value for a name that is not an input of the plan.</summary>
    [Message("employee '{0}' has a value for '{1}', which is not an input of the plan")] UnknownInput = 2016,

    /// <summary>The header lacks the <c>employee</c> or <c>period</c> column; no row can be read.</summary>
    [Message("the data has no '{0}' column, so no row can be read: the header names employee, period and one column per input")] MissingKeyColumn = 2017,

    /// <summary>Weekly rows for a month, quarter or year plan: a week can straddle two months.</summary>
    [Message("employee '{0}' has a row for week {1}, which cannot be combined into the plan's {2}s because a week can straddle two of them: give daily rows instead")] WeekNotCombinable = 2018,

    /// <summary>Finer rows whose roll-up would miss one of its rows, because that row has errors.</summary>
    [Message("employee '{0}' is left out of {1}: its {2} row at {3} has errors, and {1} cannot be combined without it")] IncompleteRollup = 2019,

    // ---- evaluation requests ---------------------------------------------------------

    /// <summary>The period asked to be scored has no rows.</summary>
    [Message("no rows for period {0}")] PeriodNotInData = 3001,

    /// <summary>A period given whose cadence does not match the plan.</summary>
    [Message("period {0} is not a {1}")] WrongCadence = 3002,

    /// <summary>The data holds no period at all.</summary>
    [Message("the data has no rows to score")] NoPeriodToScore = 3003,

    /// <summary>Two snapshots for one period.</summary>
    [Message("period {0} is given twice")] DuplicatePeriod = 3004,

    /// <summary>A plan or data file that cannot be read.</summary>
    [Message("cannot read the file: {0}")] FileUnreadable = 3005,

    // ---- plan tests --------------------------------------------------------------------

    /// <summary>A line of a tests file that begins with no keyword of the plan-test format.</summary>
    [Message("'{0}' does not begin a line of a plan test: use test, period, data, rows or expect")] UnknownTestLine = 4001,

    /// <summary>A period, data, rows or expect line before the first test.</summary>
    [Message("'{0}' belongs to a test: start one above it with test \"NAME\"")] LineOutsideTest = 4002,

    /// <summary>A test line without its name in quotes.</summary>
    [Message("a test needs its name in double quotes, such as test \"a top seller gets S\"")] TestNameMissing = 4003,

    /// <summary>Two tests with one name.</summary>
    [Message("test \"{0}\" is already declared at line {1}")] DuplicateTestName = 4004,

    /// <summary>A test with neither rows nor a data file.</summary>
    [Message("test \"{0}\" has no roster: give its rows between 'rows' and 'end', or a CSV file with 'data FILE'")] TestWithoutRoster = 4005,

    /// <summary>A test with a second rows block or data file.</summary>
    [Message("test \"{0}\" already has its roster at line {1}: give either rows or one data file")] SecondRoster = 4006,

    /// <summary>A rows block that runs to the end of the file or into the next test.</summary>
    [Message("the rows that start here are not closed: end them with a line holding only 'end'")] RowsNotClosed = 4007,

    /// <summary>A data file that does not exist or cannot be opened.</summary>
    [Message("data file '{0}' cannot be read: {1}")] TestDataUnreadable = 4008,

    /// <summary>A period line whose period cannot be read.</summary>
    [Message("'{0}' is not a period: {1}")] InvalidTestPeriod = 4009,

    /// <summary>A test with two period lines.</summary>
    [Message("test \"{0}\" already names its period at line {1}")] SecondTestPeriod = 4010,

    /// <summary>A test without any expect line, which could never fail.</summary>
    [Message("test \"{0}\" expects nothing: add an expect line")] NoExpectations = 4011,

    /// <summary>An expect line that stops before its end or holds something else where a part belongs.</summary>
    [Message("expected {0} here: an expectation reads expect EMPLOYEE VALUE OP EXPECTED, such as expect e1 grade = S")] MalformedExpectation = 4012,

    /// <summary>A result value that the plan-test format does not know.</summary>
    [Message("unknown result value '{0}': use score, rank, group_size, group, grade, multiplier, profile, vetoed, vetoes, requirements, flags, score(NAME), rank(NAME), level(NAME), award(NAME) or metric(NAME)")] UnknownResultValue = 4013,

    /// <summary>A result value that needs a name, written without one.</summary>
    [Message("'{0}' needs a name: write {0}(NAME)")] ResultValueNeedsName = 4014,

    /// <summary>A result value that takes no name, written with one.</summary>
    [Message("'{0}' takes no name in parentheses")] ResultValueTakesNoName = 4015,

    /// <summary>A dimension, KPI, ranking, levels block, award, metric, flag or grade that the plan does not have.</summary>
    [Message("the plan has no {0} named '{1}'")] UnknownPlanName = 4016,

    /// <summary>An operator that does not apply to the result value.</summary>
    [Message("{0} cannot be compared with '{1}': use {2}")] OperatorNotForValue = 4017,

    /// <summary>An expected value of the wrong kind for its result value or operator.</summary>
    [Message("{0} takes {1}, not '{2}'")] WrongExpectedValue = 4018,

    /// <summary>A quoted text in a tests file without its closing quote.</summary>
    [Message("unterminated string: close it with '\"' on the line it starts")] UnterminatedTestString = 4019,

    /// <summary>A tests file with no test in it.</summary>
    [Message("the file has no tests: start one with test \"NAME\"")] NoTests = 4020,

    /// <summary>An expectation about an employee who has no row in the period the test scores.</summary>
    [Message("employee '{0}' has no row in {1}, the period the test scores")] EmployeeNotScored = 4021,

    /// <summary>A keyword line that stops before the value it needs.</summary>
    [Message("'{0}' needs {1}, such as {2}")] TestLineIncomplete = 4022,

    /// <summary>Something after the end of a keyword line.</summary>
    [Message("unexpected '{0}' after {1}: the line ends there")] TextAfterTestLine = 4023,

    /// <summary>An 'end' line outside a rows block.</summary>
    [Message("'end' closes nothing here: it ends the rows of a test")] EndOutsideRows = 4024,

    // ---- plan diffs --------------------------------------------------------------------

    /// <summary>Two plans of different cadences compared on one roster.</summary>
    [Message("'{0}' scores {1}s but '{2}' scores {3}s: a diff needs plans of one cadence")] DiffCadenceMismatch = 4050,

    /// <summary>A base amount column that the data does not have.</summary>
    [Message("the data has no column '{0}' for the base amount")] BaseColumnMissing = 4051,

    /// <summary>A base amount that is not a number.</summary>
    [Message("'{0}' is not an amount in column '{1}' for employee '{2}': write digits with '.' as the decimal point, such as 12000 or 12000.50")] InvalidBaseAmount = 4052,

    // ---- plan registry ---------------------------------------------------------------

    /// <summary>A registry asked to score a company it holds no plan for.</summary>
    [Message("no plan is registered for company '{0}'")] UnknownCompany = 5001,

    /// <summary>A company whose plan text has never compiled, so there is no plan to score with.</summary>
    [Message("company '{0}' has no plan to score with: its plan text has errors")] CompanyWithoutPlan = 5002,

    /// <summary>A roster read for a version of a company's plan whose inputs the current version does not share.</summary>
    [Message("the roster was read for another version of company '{0}''s plan, whose inputs differ from the current one: read the data again with the current plan")] RosterForOtherPlan = 5003,

    /// <summary>A company's plan file was deleted; the plan compiled from it earlier is still used.</summary>
    [Message("the plan file of company '{0}' no longer exists; the plan compiled from it earlier is used until the file returns or the company is removed")] PlanFileGone = 5004,

    /// <summary>Two plan files in a registry's folder for one company.</summary>
    [Message("company '{0}' has two plan files, {1} and {2}: keep one")] TwoPlanFiles = 5005,
}
