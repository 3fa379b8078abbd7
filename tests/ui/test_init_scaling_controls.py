"""The network panel's initial-weights std and bias choice and its input scaling: each edits
its config field as one undo step, shows only when it applies, and follows outside changes."""

from PySide6.QtCore import Qt

from playground.ui.widgets import select_data


def type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, text)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_the_std_shows_for_normal_weights_or_biases_and_edits_the_config(qtbot, net, doc):
    net.advanced.expand()
    assert not net.init_std.isVisibleTo(net)  # Glorot with zero biases: no std to give
    select_data(net.init, "normal")
    assert doc.config.init == "normal" and net.init_std.isVisibleTo(net)
    type_into(qtbot, net.init_std, "0.01")
    assert doc.config.init_std == 0.01
    assert doc.undo_stack.undoText() == "Change network"
    doc.undo_stack.undo()
    assert doc.config.init_std == 1.0 and net.init_std.value() == 1.0
    doc.undo_stack.redo()
    assert doc.config.init_std == 0.01 and net.init_std.value() == 0.01
    select_data(net.init, "he_uniform")
    assert not net.init_std.isVisibleTo(net)
    select_data(net.init_bias, "normal")  # drawn biases take the std too
    assert doc.config.init_bias == "normal" and net.init_std.isVisibleTo(net)
    doc.undo_stack.undo()
    assert doc.config.init_bias == "zero" and net.init_bias.currentData() == "zero"


def test_a_typed_std_out_of_range_is_clamped_and_said(qtbot, net, doc):
    net.advanced.expand()
    select_data(net.init, "normal")
    type_into(qtbot, net.init_std, "500")
    assert doc.config.init_std == 100.0
    assert "outside" in net.error.text() and net.error.isVisibleTo(net)


def test_input_scaling_kind_and_factor(qtbot, net, doc):
    assert net.scaling.currentData() == "standard" and doc.config.input_scaling == "standard"
    select_data(net.scaling, "none")
    assert doc.config.input_scaling == "none" and not net.scaling_factor.isVisibleTo(net)
    select_data(net.scaling, "scale")
    assert net.scaling_factor.isVisibleTo(net)
    type_into(qtbot, net.scaling_factor, "2")
    assert doc.config.input_scaling == "scale:2"
    doc.undo_stack.undo()
    assert net.scaling.currentData() == "scale" and doc.config.input_scaling.startswith("scale")
    assert doc.config.input_scaling != "scale:2"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.config.input_scaling == "standard" and net.scaling.currentData() == "standard"
    assert net.scaling_factor.value() == 1.0


def test_outside_changes_show_without_an_edit(net, doc):
    net.advanced.expand()
    steps = doc.undo_stack.count()
    doc.set_config(doc.config.replace(init="normal", init_std=0.05, init_bias="normal",
                                      input_scaling="standard:3"))
    assert net.init_std.value() == 0.05 and net.init_bias.currentData() == "normal"
    assert net.scaling.currentData() == "standard" and net.scaling_factor.value() == 3.0
    assert doc.undo_stack.count() == steps + 1  # the change itself, nothing fed back


def test_the_new_controls_are_explained_and_reachable(net):
    net.advanced.expand()
    for w in (net.init_std, net.init_bias, net.scaling, net.scaling_factor):
        assert w.toolTip()
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus
