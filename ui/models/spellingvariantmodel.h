// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The story's spelling variants ("Kyiv" / "Kiev": one name written two ways), as the aligner
// found them or as the user decided. A checkable list: ticked means "treat the forms as one
// name" (found automatically or confirmed), unticked "different words" (rejected). A verdict
// is shown at once and sent on (decisionRequested); the window stores it in the library and
// re-analyses the story with it, which resets the model.

#include "core/model/alignment.h"

#include <QAbstractListModel>

namespace Synoptic::Ui {

class SpellingVariantModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { FormsRole = Qt::UserRole + 1, StateRole };

    explicit SpellingVariantModel(QObject *parent = nullptr);
    void setVariants(const QList<Core::SpellingVariant> &variants);
    [[nodiscard]] Core::SpellingVariant variant(int row) const { return m_variants.value(row); }
    // The user's verdict on `row`: Confirmed, Rejected, or Detected (forget the verdict, the
    // aligner decides again). Shown at once and sent on as decisionRequested.
    void decide(int row, Core::SpellingVariant::State state);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void decisionRequested(const QStringList &forms, Core::SpellingVariant::State state);

private:
    QList<Core::SpellingVariant> m_variants;
};

} // namespace Synoptic::Ui
