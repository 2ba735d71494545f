// Tax computation: exact quotas on 128-bit integers, rounded once, apportioned.
#include "core/tax/taxcalculator.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace retailos {

namespace {

struct ResolvedLine
{
    Int128 amount = 0;
    QList<qsizetype> rateIndices; // into the configured rates, in the line's order
    Int128 ratePpmSum = 0;
};

struct Share
{
    qsizetype line = 0;
    qsizetype slot = 0; // position within the line's rates
};

} // namespace

Result<TaxBreakdown> TaxCalculator::compute(const QList<TaxableLine> &lines,
                                            const QList<TaxRate> &rates,
                                            const TaxConfig &config)
{
    QHash<QString, qsizetype> rateIndexById;
    for (qsizetype i = 0; i < rates.size(); ++i) {
        const TaxRate &rate = rates[i];
        if (rate.ratePpm < 0 || rate.ratePpm > kMaxRatePpm) {
            return fail(QStringLiteral("tax.invalid_rate"),
                        tr("The tax rate \"%1\" has an invalid rate of %2 parts per million.")
                            .arg(rate.id).arg(rate.ratePpm));
        }
        if (rateIndexById.contains(rate.id)) {
            return fail(QStringLiteral("tax.duplicate_rate"),
                        tr("The tax rate \"%1\" is configured twice.").arg(rate.id));
        }
        rateIndexById.insert(rate.id, i);
    }

    const Currency currency = lines.isEmpty() ? Currency() : lines.first().amount.currency();
    QList<ResolvedLine> resolved;
    resolved.reserve(lines.size());
    for (const TaxableLine &line : lines) {
        if (line.amount.currency() != currency) {
            return fail(QStringLiteral("money.currency_mismatch"),
                        tr("The receipt mixes amounts in %1 and %2.")
                            .arg(currency.code(), line.amount.currency().code()));
        }
        ResolvedLine entry;
        entry.amount = line.amount.minorUnits();
        for (const QString &id : line.rateIds) {
            const auto found = rateIndexById.constFind(id);
            if (found == rateIndexById.cend())
                return fail(QStringLiteral("tax.unknown_rate"), tr("Unknown tax rate \"%1\".").arg(id));
            if (entry.rateIndices.contains(*found))
                return fail(QStringLiteral("tax.duplicate_rate"),
                            tr("The tax rate \"%1\" is applied twice to the same line.").arg(id));
            entry.rateIndices.append(*found);
            entry.ratePpmSum += rates[*found].ratePpm;
        }
        resolved.append(entry);
    }

    const RoundingMode mode = config.roundingMode;
    const bool inclusive = config.mode == TaxMode::Inclusive;
    // The divisor that turns amount × rate into the tax: 1e6 on a net amount,
    // 1e6 + Σrates when the tax is extracted from a gross amount.
    const auto divisor = [&](const ResolvedLine &line) -> Int128 {
        return inclusive ? kPartsPerMillion + line.ratePpmSum : Int128(kPartsPerMillion);
    };
    const auto quota = [&](const Share &share) -> Int128 {
        const ResolvedLine &line = resolved[share.line];
        return line.amount * rates[line.rateIndices[share.slot]].ratePpm;
    };

    QList<QList<Int128>> taxes(resolved.size());
    for (qsizetype i = 0; i < resolved.size(); ++i)
        taxes[i].resize(resolved[i].rateIndices.size());

    // Rounds the summed quota of the shares once and spreads the result back.
    // All shares have the same divisor.
    const auto roundOnce = [&](const QList<Share> &shares, Int128 denominator) {
        QList<Int128> quotas;
        quotas.reserve(shares.size());
        Int128 sum = 0;
        for (const Share &share : shares) {
            quotas.append(quota(share));
            sum += quotas.last();
        }
        const QList<Int128> parts = apportion(quotas, denominator, divideRoundedWide(sum, denominator, mode));
        for (qsizetype j = 0; j < shares.size(); ++j)
            taxes[shares[j].line][shares[j].slot] = parts[j];
    };

    if (config.rounding == TaxRounding::PerLine) {
        for (qsizetype i = 0; i < resolved.size(); ++i) {
            for (qsizetype k = 0; k < resolved[i].rateIndices.size(); ++k)
                taxes[i][k] = divideRoundedWide(quota({i, k}), divisor(resolved[i]), mode);
        }
    } else if (!inclusive) {
        for (qsizetype r = 0; r < rates.size(); ++r) {
            QList<Share> shares;
            for (qsizetype i = 0; i < resolved.size(); ++i) {
                const qsizetype slot = resolved[i].rateIndices.indexOf(r);
                if (slot >= 0)
                    shares.append({i, slot});
            }
            if (!shares.isEmpty())
                roundOnce(shares, kPartsPerMillion);
        }
    } else {
        // Lines sharing a divisor can be summed exactly; group by rate set.
        std::map<QList<qsizetype>, QList<qsizetype>> linesByRateSet;
        for (qsizetype i = 0; i < resolved.size(); ++i) {
            QList<qsizetype> key = resolved[i].rateIndices;
            std::sort(key.begin(), key.end());
            linesByRateSet[key].append(i);
        }
        for (const auto &[rateSet, members] : linesByRateSet) {
            for (const qsizetype r : rateSet) {
                QList<Share> shares;
                for (const qsizetype i : members)
                    shares.append({i, resolved[i].rateIndices.indexOf(r)});
                roundOnce(shares, divisor(resolved[members.first()]));
            }
        }
    }

    bool overflow = false;
    const auto money = [&](Int128 minor) {
        if (!fitsInt64(minor)) {
            overflow = true;
            return Money(0, currency);
        }
        return Money(static_cast<qint64>(minor), currency);
    };

    TaxBreakdown breakdown;
    QList<Int128> rateNet(rates.size(), 0);
    QList<Int128> rateTax(rates.size(), 0);
    QList<bool> rateUsed(rates.size(), false);
    Int128 exempt = 0;
    Int128 totalNet = 0;
    Int128 totalTax = 0;
    breakdown.lines.reserve(resolved.size());
    for (qsizetype i = 0; i < resolved.size(); ++i) {
        const ResolvedLine &line = resolved[i];
        Int128 lineTax = 0;
        TaxedLine taxed;
        for (const Int128 tax : std::as_const(taxes[i])) {
            lineTax += tax;
            taxed.rateTaxes.append(money(tax));
        }
        const Int128 lineNet = inclusive ? line.amount - lineTax : line.amount;
        taxed.net = money(lineNet);
        taxed.tax = money(lineTax);
        taxed.gross = money(lineNet + lineTax);
        breakdown.lines.append(taxed);

        if (line.rateIndices.isEmpty())
            exempt += line.amount;
        for (qsizetype k = 0; k < line.rateIndices.size(); ++k) {
            const qsizetype r = line.rateIndices[k];
            rateUsed[r] = true;
            rateNet[r] += lineNet;
            rateTax[r] += taxes[i][k];
        }
        totalNet += lineNet;
        totalTax += lineTax;
    }

    for (qsizetype r = 0; r < rates.size(); ++r) {
        if (!rateUsed[r])
            continue;
        breakdown.rates.append({rates[r].id, rates[r].name, rates[r].ratePpm,
                                money(rateNet[r]), money(rateTax[r]), money(rateNet[r] + rateTax[r])});
    }
    breakdown.exempt = money(exempt);
    breakdown.net = money(totalNet);
    breakdown.tax = money(totalTax);
    breakdown.gross = money(totalNet + totalTax);

    if (overflow) {
        return fail(QStringLiteral("money.overflow"),
                    tr("The receipt's amounts are too large to compute its tax."));
    }
    return breakdown;
}

} // namespace retailos
