// The headless lane: runs a script of cashier actions against the real engine
// and prints receipts as text. The demo, the crash test and scripted tests use it.
//
//   signin CODE PIN                    signout
//   qty N                              scan CODE [KG]      key CODE (typed by hand)
//   clear-discount N (0: the sale's)
//   void-line N [approve CODE PIN [REASON]]
//   qty-line N QTY [approve CODE PIN [REASON]]
//   price N AMOUNT REASON [approve CODE PIN]
//   discount-line N (AMOUNT|P%) REASON [approve CODE PIN]
//   discount-sale (AMOUNT|P%) REASON [approve CODE PIN]
//   age-ok                             total
//   tender cash AMOUNT | tender card AMOUNT LAST4 AUTH [REF]
//   tender gift|credit ACCOUNT AMOUNT  complete
//   untender N [REVERSAL_REF] [approve CODE PIN [REASON]]   (N counts from 1)
//   suspend                            resume ID        parked
//   void-sale REASON [approve CODE PIN]
//   copy RECEIPT_NUMBER                expect-total AMOUNT
//   # comment
#pragma once

#include <QIODevice>
#include <QTextStream>

namespace retailos {

class LaneServices;

struct ScriptResult
{
    int completed = 0;
    int failedLine = 0;   // 0: the script ran to its end
};

// Stops at the first failing command (its message goes to `err`) unless
// `keepGoing`; returns how far it got.
ScriptResult runLaneScript(LaneServices &lane, QIODevice &script, QTextStream &out, QTextStream &err,
                           bool keepGoing = false);

} // namespace retailos
