#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace postino {

// The list of steps at the wizard's side: done steps ticked, the current one bold.
class StepList : public QWidget
{
    Q_OBJECT
public:
    explicit StepList(const QStringList& steps, QWidget* parent = nullptr);
    void setCurrent(int index);
    int current() const { return m_current; }

private:
    QList<QLabel*> m_labels;
    QStringList m_steps;
    int m_current = -1;
};

} // namespace postino
