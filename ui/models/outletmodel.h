#pragma once
// The outlets of the open story, one row per article: display name (renamable), colour,
// visibility, the base outlet that differences are computed against, and its family.
// Owns only presentation state; renames are reported through renameRequested() so the
// caller can persist them (the store has no API for it yet).

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
    };

    explicit OutletModel(QObject *parent = nullptr);

    void setAnalysis(const Core::StoryAnalysis &analysis);
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
    QList<int> visibleOutlets() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void renameRequested(int article, const QString &name); // persistence seam
    void baseOutletChanged(int article);
    void visibilityChanged();

private:
    struct Outlet {
        QString name;
        QColor colour;
        bool visible = true;
        QString family;
        bool familySource = false;
        QString headline;
        QString published;
        int words = 0;
    };
    bool valid(int article) const { return article >= 0 && article < m_outlets.size(); }
    void changed(int article, const QList<int> &roles);
    QList<Outlet> m_outlets;
    int m_base = 0;
};

} // namespace Synoptic::Ui
