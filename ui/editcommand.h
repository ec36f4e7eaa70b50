// SPDX-FileCopyrightText: 2026 The Synoptic authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once
// One undoable edit of the reader (an outlet's name, a spelling verdict): a value before and
// after, and how to apply either. The edit has already been made when the command is pushed,
// so its first redo() does nothing; later ones apply `after` again, undo() applies `before`.

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace Synoptic::Ui {

class EditCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(const QVariant &value)>;
    EditCommand(const QString &text, QVariant before, QVariant after, Apply apply)
        : QUndoCommand(text)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {
    }

    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (m_done)
            m_apply(m_after);
        m_done = true;
    }

private:
    QVariant m_before;
    QVariant m_after;
    Apply m_apply;
    bool m_done = false;
};

} // namespace Synoptic::Ui
