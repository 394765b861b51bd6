#!/usr/bin/python3
"""Walks Postino's wizard as a screen reader sees it, over AT-SPI.

Started by run.sh inside Xvfb, a private D-Bus session and the DNS harness's network namespace. It
starts the real `postino` binary, goes through every page (and the dialogs the pages open) the
way a keyboard or screen-reader user would -- text set through AT-SPI's EditableText, buttons
pressed through their Action, tabs and list items chosen through Selection -- and on each one:

  * fails on any focusable, showing, enabled object without an accessible name;
  * fails on any button, check box, radio button or tab without a keyboard shortcut (mnemonic),
    and on two controls of one page sharing a shortcut;
  * presses Tab until focus comes round again and fails when the cycle misses the wizard's
    buttons (a keyboard trap) or when focus moves against the reading order (up, or left on
    the same row).

Usage: walk.py POSTINO_BINARY LANG TS_FILE
"""

import html
import os
import re
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

S = Atspi.StateType
TAB = 0xFF09
ESCAPE = 0xFF1B
# Controls a keyboard user triggers directly: each needs a mnemonic.
NEEDS_MNEMONIC = {Atspi.Role.PUSH_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON, Atspi.Role.PAGE_TAB}
# A few pixels of slack when comparing positions (frames, focus rectangles).
SLACK = 4

problems = []
RESULT_LIST_NAME = [""]  # the accessible name of a list of findings, in the wizard's language
where_now = ["start"]  # what the walk is doing, for a timeout's message
summary = []


def fail(where, what):
    problems.append(f"{where}: {what}")


# --- Translations: the script finds controls by their English text, looked up in the .ts file
#     when the wizard runs in Italian.
class Texts:
    def __init__(self, lang, ts_file):
        self.lang = lang
        self.map = {}
        if lang != "en":
            ts = open(ts_file, encoding="utf-8").read()
            pattern = r"<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?<translation[^>]*>(.*?)</translation>"
            for source, translation in re.findall(pattern, ts, re.S):
                self.map.setdefault(html.unescape(source), html.unescape(translation))

    def __call__(self, english):
        text = english if self.lang == "en" else self.map.get(english, "")
        if not text:
            raise SystemExit(f"walk.py: no {self.lang} translation of {english!r} in the .ts file")
        return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# --- The accessible tree.
def states(obj):
    try:
        return obj.get_state_set()
    except gi.repository.GLib.Error:
        return None


def showing(obj):
    st = states(obj)
    return st is not None and st.contains(S.SHOWING) and not st.contains(S.DEFUNCT)


def walk(obj):
    """Every showing object under obj, in tree order."""
    yield obj
    for i in range(obj.get_child_count()):
        child = obj.get_child_at_index(i)
        if child is not None and showing(child):
            yield from walk(child)


def describe(obj):
    try:
        return f"{obj.get_role_name()} {obj.get_name()!r}"
    except gi.repository.GLib.Error:
        return "(gone)"


def wait_for(what, predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pump()
        result = predicate()
        if result:
            return result
        time.sleep(0.05)
    raise SystemExit(f"walk.py: timed out waiting for {what} ({where_now[0]})")


def find(root, role, name=None, starts=None):
    for obj in walk(root):
        if obj.get_role() != role:
            continue
        label = obj.get_name()
        if (name is None or label == name) and (starts is None or label.startswith(starts)):
            return obj
    return None


def find_all(root, role):
    return [obj for obj in walk(root) if obj.get_role() == role]


def need(root, role, name=None, starts=None, timeout=20.0):
    return wait_for(f"{Atspi.role_get_name(role)} {name or starts!r}", lambda: find(root, role, name, starts), timeout)


def act(obj, *names):
    """Does the first of the named actions obj offers (Qt names them Press, Toggle, ...)."""
    def offered_actions():
        action = obj.get_action_iface()
        return [action.get_action_name(i) for i in range(action.get_n_actions())] if action else []

    # Right after a widget appears its actions may not be published yet.
    try:
        wait_for(f"the actions of {describe(obj)}", lambda: offered_actions(), 5.0)
    except SystemExit:
        pass
    action = obj.get_action_iface()
    offered = offered_actions()
    for name in names:
        if name in offered:
            action.do_action(offered.index(name))
            return
    raise SystemExit(f"walk.py: {describe(obj)} offers none of {names} (only {offered})")


def press(obj):
    act(obj, "Press")


def set_text(obj, text):
    obj.get_editable_text_iface().set_text_contents(text)


def extents(obj):
    e = obj.get_extents(Atspi.CoordType.SCREEN)
    return e.x, e.y, e.width, e.height


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def same(a, b):
    return a is not None and b is not None and a.path == b.path


# The object that last gained focus, as the focus events tell (a tree search would also find
# the stale "focused" state Qt leaves on a list's current item).
last_focus = [None]


def on_focus(event):
    if os.environ.get("WALK_DEBUG"):
        print("focus", event.detail1, describe(event.source), file=sys.stderr)
    if event.detail1 == 1:
        last_focus[0] = event.source


def pump():
    context = GLib.MainContext.default()
    while context.pending():
        context.iteration(False)


def focused(window):
    """The focused object when it is inside window."""
    pump()
    obj = last_focus[0]
    if obj is None or not showing(obj):
        return None
    return obj if same(top_level(obj), window) else None


def top_level(obj):
    """The window or dialog obj is in."""
    while obj is not None:
        parent = obj.get_parent()
        if parent is None or parent.get_role() == Atspi.Role.APPLICATION:
            return obj
        obj = parent
    return None


# --- The checks.
def check_names(where, window):
    """Unnamed focusable objects, missing and clashing mnemonics."""
    shortcuts = {}
    count = 0
    for obj in walk(window):
        st = states(obj)
        if st is None or not st.contains(S.FOCUSABLE) or not st.contains(S.ENABLED):
            continue
        count += 1
        name = obj.get_name().strip()
        if not name:
            parent = obj.get_parent()
            fail(where, f"a focusable {obj.get_role_name()} has no accessible name (inside {describe(parent)})")
            continue
        if obj.get_role() in NEEDS_MNEMONIC and not in_result_list(obj):
            action = obj.get_action_iface()
            binding = action.get_key_binding(0) if action and action.get_n_actions() else ""
            shortcut = binding.split(";")[0].strip().lower()
            if not shortcut.startswith("alt+"):
                fail(where, f"{describe(obj)} has no keyboard shortcut (mnemonic)")
            elif shortcut in shortcuts:
                fail(where, f"{describe(obj)} and {shortcuts[shortcut]} share the shortcut {binding}")
            else:
                shortcuts[shortcut] = describe(obj)
    return count


def in_result_list(obj):
    """A row of a list of findings: reached with Tab like a list item, so no shortcut of its own."""
    parent = obj.get_parent()
    for _ in range(4):
        if parent is None:
            return False
        if parent.get_name() == RESULT_LIST_NAME[0]:
            return True
        parent = parent.get_parent()
    return False


def reads_after(a, b):
    """True when b comes after a in reading order: below it, or to its right on the same row."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    if by >= ay + ah - SLACK:
        return True
    same_row = by < ay + ah and ay < by + bh
    return same_row and bx >= ax + aw - SLACK


def check_tab_order(where, window, wizard_buttons):
    """Tabs round the window once; the cycle must reach wizard_buttons and follow the layout."""
    seen = []
    steps = {}  # path of b -> (a, where a is, where b is), measured when b got focus
    activate(window)
    start = focused(window)
    where_now[0] = f"{where}, Tab from {describe(start) if start else 'nowhere'}"
    for _ in range(120):
        key(TAB)
        before = seen[-1] if seen else start
        now = wait_for("focus to move", lambda: (lambda f: f if f is not None and not same(f, before) else None)(focused(window)), 5.0)
        # Both measured now: a scroll area moves its content to show what gets focus.
        if before is not None and showing(before):
            steps.setdefault(now.path, (before, extents(before), extents(now)))
        paths = [o.path for o in seen]
        if now.path in paths:
            # Once round: the cycle is what came after the first visit of this object.
            cycle = seen[paths.index(now.path):]
            break
        seen.append(now)
        where_now[0] = f"{where}, Tab from {describe(now)}"
    else:
        fail(where, "Tab never came round to the same control: " + ", ".join(describe(o) for o in seen[:20]))
        return
    names = [describe(o) for o in cycle]
    summary.append(f"{where}: Tab cycle of {len(cycle)}: " + " → ".join(o.get_name() or o.get_role_name() for o in cycle))
    missing = [b for b in wizard_buttons if b.path not in {o.path for o in cycle}]
    if missing:
        fail(where, "keyboard trap: Tab never reaches " + ", ".join(describe(b) for b in missing) + " (cycle: " + ", ".join(names) + ")")
        return
    # The wrap is the step onto the control nearest the top left (where it was when it got focus);
    # every other step must go on in reading order.
    # The wrap is the step from the last of the wizard's buttons (bottom right) back to the top.
    measured = [(o, steps[o.path]) for o in cycle if o.path in steps]
    last_button = max(wizard_buttons, key=lambda b: extents(b)[0]).path if wizard_buttons else None
    for b, (a, at_a, at_b) in measured:
        if a.path != last_button and not reads_after(at_a, at_b):
            fail(where, f"Tab goes from {describe(a)} at {at_a} to {describe(b)} at {at_b}, against the layout")


def activate(window):
    """Gives window the keyboard. Without a window manager only a click does; the top margin is inert."""
    e = window.get_extents(Atspi.CoordType.SCREEN)
    Atspi.generate_mouse_event(e.x + e.width // 2, e.y + 3, "b1c")
    try:
        wait_for("keyboard focus in the window", lambda: focused(window), 2.0)
    except SystemExit:
        # Focus was on a page that has gone (the click changed nothing): Tab puts it on this one.
        key(TAB)
        wait_for("keyboard focus in the window", lambda: focused(window))


def check(where, window, wizard_buttons):
    count = check_names(where, window)
    check_tab_order(where, window, wizard_buttons)
    summary.append(f"{where}: {count} focusable objects")


# --- The flow.
def main():
    binary, lang, ts_file = sys.argv[1:4]
    T = Texts(lang, ts_file)
    RESULT_LIST_NAME[0] = T("Findings")
    home = tempfile.mkdtemp(prefix="postino-atspi-")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"), XDG_DATA_HOME=os.path.join(home, ".local/share"))
    listener = Atspi.EventListener.new(on_focus)
    listener.register("object:state-changed:focused")
    app_process = subprocess.Popen([binary, "--lang", lang], env=env)
    try:
        run_flow(T, app_process)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    for line in summary:
        print(line)
    if problems:
        print(f"\n{len(problems)} problem(s) a keyboard or screen-reader user meets ({lang}):")
        for p in problems:
            print("  - " + p)
        return 1
    print(f"\nNo problem found ({lang}).")
    return 0


def application(process):
    def find_app():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            child = desktop.get_child_at_index(i)
            if child is not None and child.get_process_id() == process.pid:
                return child
        return None

    return wait_for("the wizard on the accessibility bus", find_app)


def current_step(window):
    """The side panel marks the current page with '▸'."""
    marked = wait_for("the step list", lambda: [o.get_name() for o in find_all(window, Atspi.Role.LABEL) if o.get_name().startswith("▸")])
    return marked[0][1:].strip()


def run_flow(T, process):
    app = application(process)
    window = wait_for("the wizard window", lambda: app.get_child_at_index(0) if app.get_child_count() else None)
    activate(window)

    def buttons():
        # QWizard's own buttons: Back, Next, Commit, Finish, ..., Close (Cancel), About (Help).
        return [b for b in find_all(window, Atspi.Role.PUSH_BUTTON) if b.get_parent().get_parent() == window or b.get_parent() == window.get_child_at_index(0)]

    def wizard_button(index_from_start):
        bar = window.get_child_at_index(0)
        pushes = [bar.get_child_at_index(i) for i in range(bar.get_child_count())]
        pushes = [p for p in pushes if p.get_role() == Atspi.Role.PUSH_BUTTON]
        return pushes[index_from_start]

    def next_button():
        return wizard_button(1)

    def visible_wizard_buttons():
        bar = window.get_child_at_index(0)
        pushes = [bar.get_child_at_index(i) for i in range(bar.get_child_count())]
        # A disabled Next (a required field empty) is not a place Tab must reach.
        return [p for p in pushes if p.get_role() == Atspi.Role.PUSH_BUTTON and showing(p) and states(p).contains(S.ENABLED)]

    def go_next(expected_step):
        wait_for("Next to be enabled", lambda: states(next_button()).contains(S.ENABLED))
        press(next_button())
        wait_for(f"the {expected_step} page", lambda: current_step(window) == T(expected_step))

    def page_check(step):
        check(f"{step} page", window, visible_wizard_buttons())

    def dialog_check(title_starts, opener, closer_name):
        press(opener)
        dialog = wait_for(f"the dialog {title_starts!r}", lambda: next((c for c in (app.get_child_at_index(i) for i in range(app.get_child_count())) if c is not None and not same(c, window) and showing(c)), None))
        close = need(dialog, Atspi.Role.PUSH_BUTTON, T(closer_name))  # the dialog's Close
        wait_for("focus in the dialog", lambda: focused(dialog))
        check(f"{dialog.get_name()} dialog", dialog, [close])
        press(close)
        wait_for("the dialog to close", lambda: not showing(dialog) or states(dialog) is None)

    # Welcome
    step = current_step(window)
    page_check(step)
    about = wizard_button(-1)
    dialog_check("About", about, "&Close")
    go_next("Choose mailer")

    # Choose mailer: every mailer's Configure page is walked for names; Other SMTP all the way.
    page_check("Choose mailer")
    mailer_list = need(window, Atspi.Role.LIST)
    items = [mailer_list.get_child_at_index(i) for i in range(mailer_list.get_child_count())]
    mailer_names = [i.get_name() for i in items if i is not None]
    summary.append(f"Choose mailer: {len(mailer_names)} mailers")
    for name in mailer_names:
        choose_mailer(mailer_list, name)
        go_next("Configure mailer")
        page_check(f"Configure mailer ({name.split('  ·  ')[0]})")
        press(wizard_button(0))
        wait_for("Choose mailer again", lambda: current_step(window) == T("Choose mailer"))
        mailer_list = need(window, Atspi.Role.LIST)
    choose_mailer(mailer_list, T("Other SMTP"))
    go_next("Configure mailer")

    # Configure: Other SMTP on loopback, where nothing listens; text arrives as from an assistive tool.
    set_text(need(window, Atspi.Role.TEXT, T("SMTP server")), "127.0.0.1")
    port = find(window, Atspi.Role.SPIN_BUTTON) or need(window, Atspi.Role.TEXT, T("Port"))
    if port.get_role() == Atspi.Role.TEXT:
        set_text(port, "2525")
    set_text(need(window, Atspi.Role.TEXT, T("Username")), "site@goodsendgrid.test")
    set_text(need(window, Atspi.Role.PASSWORD_TEXT), "not-a-real-password")
    page_check("Configure mailer")
    go_next("Sender")

    # Sender
    entries = [e for e in find_all(window, Atspi.Role.TEXT) if states(e).contains(S.EDITABLE)]
    set_text(entries[0], "site@goodsendgrid.test")
    page_check("Sender")
    go_next("Features")

    # Features, and the failure alerts dialog it opens.
    page_check("Features")
    dialog_check("alerts", need(window, Atspi.Role.PUSH_BUTTON, T("Alert &channels…")), "&Close")
    go_next("Checks")

    # Checks: each tab once its checks finish.
    tabs = need(window, Atspi.Role.PAGE_TAB_LIST)
    tab_pages = [t for t in (tabs.get_child_at_index(i) for i in range(tabs.get_child_count())) if t.get_role() == Atspi.Role.PAGE_TAB]
    for tab in tab_pages:
        press(tab)
        wait_for("the checks to finish", lambda: not any(states(b) and showing(b) for b in find_all(window, Atspi.Role.PROGRESS_BAR)), 30.0)
        page_check(f"Checks ({tab.get_name()})")
    press(tab_pages[0])
    dialog_check("web server", need(window, Atspi.Role.PUSH_BUTTON, T("Test from your &web server…")), "&Close")
    go_next("Test email")

    # Test email: a send to a port where nothing listens fails at once; the page shows why.
    page_check("Test email")
    recipient = next(e for e in find_all(window, Atspi.Role.TEXT) if states(e).contains(S.EDITABLE))
    set_text(recipient, "owner@goodsendgrid.test")
    send = need(window, Atspi.Role.PUSH_BUTTON, T("&Send test email"))
    wait_for("Send to be enabled", lambda: states(send).contains(S.ENABLED))
    press(send)
    wait_for("the send to end", lambda: states(send).contains(S.ENABLED) and not any(showing(b) for b in find_all(window, Atspi.Role.PROGRESS_BAR)), 30.0)
    page_check("Test email after a failed send")
    go_next("Export")

    page_check("Export")


def choose_mailer(mailer_list, name):
    for i in range(mailer_list.get_child_count()):
        if mailer_list.get_child_at_index(i).get_name().startswith(name):
            item = mailer_list.get_child_at_index(i)
            if not states(item).contains(S.SELECTED):
                act(item, "Toggle")
            wait_for(f"{name} to be chosen", lambda: states(item).contains(S.SELECTED))
            return
    raise SystemExit(f"walk.py: no mailer {name!r} in the list")


if __name__ == "__main__":
    sys.exit(main())
