// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// The outlets of the open story, one row per article: display name (renamable), colour,
// visibility, column position and width, the base outlet that differences are computed
// against, and its family. Rows stay in article order (row == article index); the reader's
// left-to-right order is columnOrder() (ColumnRole). Owns only presentation state; renames are
// reported through renameRequested() and column changes through columnsChanged() so the
// caller can persist them.

#include "core/model/storyanalysis.h"

#include <QAbstractListModel>
#include <QColor>

namespace Synoptic::Ui {

class OutletModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ColourRole = Qt::UserRole + 1,
        VisibleRole,
        BaseRole,
        FamilyRole, // "A" for the first syndication family, empty when alone
        FamilySourceRole, // true when this article is the family's likely original
        HeadlineRole,
        PublishedRole,
        WordCountRole,
        ColumnRole, // position among all columns (hidden ones included), left to right
        WidthRole, // the column's width in pixels; 0 while it is sized automatically
    };

    // Widths narrower than this are raised to it: the reading font needs some twenty
    // characters a line to stay readable.
    static constexpr int s_minimumColumnWidth = 180;
    static constexpr int s_maximumColumnWidth = 1600;

    // The user's column arrangement, by article index; restored with setAnalysis() and saved
    // from columnState(). Entries for articles the story does not have are ignored.
    struct ColumnState {
        QList<int> order; // articles left to right; missing ones follow in article order
        QHash<int, int> widths; // article -> width; absent means automatic
        QList<int> hidden;
    };

    explicit OutletModel(QObject *parent = nullptr);

    void setAnalysis(const Core::StoryAnalysis &analysis, const ColumnState &columns = {});
    ColumnState columnState() const;
    int count() const { return int(m_outlets.size()); }

    QString name(int article) const;
    QColor colour(int article) const;
    bool isVisible(int article) const;
    void setVisible(int article, bool visible);
    void setColour(int article, const QColor &colour);
    void rename(int article, const QString &name);
    int baseOutlet() const { return m_base; }
    void setBaseOutlet(int article);
    QString family(int article) const;
    QList<int> visibleOutlets() const; // in column order
    QList<int> columnOrder() const { return m_order; } // every article, left to right

    // Moves `article`'s column to just before `before`'s (to the end when `before` is -1).
    void moveColumnBefore(int article, int before);
    // Moves a visible column one place left (-1) or right (+1) among the visible columns, a
    // hidden one among all; returns false at the edge.
    bool moveColumn(int article, int direction);
    bool canMoveColumn(int article, int direction) const;
    int columnWidth(int article) const; // 0: automatic
    void setColumnWidth(int article, int width); // 0: automatic; others bounded to the limits
    // Article order, automatic widths, every column shown.
    void resetColumns();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void renameRequested(int article, const QString &name); // persistence seam
    void baseOutletChanged(int article);
    void visibilityChanged();
    void columnsChanged(); // order or widths

private:
    struct Outlet {
        QString name;
        QColor colour;
        bool visible = true;
        QString family;
        bool familySource = false;
        QString headline;
        QString published;
        QString source; // "export.docx, article 2" for an article split from a multi-article file
        int words = 0;
        int width = 0;
    };
    bool valid(int article) const { return article >= 0 && article < m_outlets.size(); }
    void changed(int article, const QList<int> &roles);
    int neighbour(int article, int direction) const;
    void setOrder(QList<int> order);
    QList<Outlet> m_outlets;
    QList<int> m_order; // a permutation of the article indexes
    int m_base = 0;
};

} // namespace Synoptic::Ui
