"""The network panel's per-layer dropout, normalisation and skip: each edit is one undo step
(normalisation and skip with new weights, dropout live), the skip box is enabled only where
the widths allow one, and adding or removing layers keeps the options fitted."""

from playground.engine.layers import MAX_DROPOUT, NORMS
from playground.ui.widgets import combo_data, select_data


def use_layers(doc, hidden):
    doc.set_config(doc.config.replace(hidden_layers=hidden,
                                      activations=("tanh",) * len(hidden)))


def test_dropout_is_live_and_one_undo_step(net, doc):
    use_layers(doc, (4, 4))
    steps = doc.undo_stack.count()
    row = net.rows[1]
    assert row.dropout.maximum() == MAX_DROPOUT and row.dropout.singleStep() == 0.05
    row.dropout.setValue(0.2)
    assert doc.config.dropout == (0.0, 0.2)
    assert doc.undo_stack.count() == steps + 1
    assert "dropout" in doc.undo_stack.undoText()
    assert not doc.config.needs_reset(doc.config.replace(dropout=()))  # applies live
    doc.undo_stack.undo()
    assert doc.config.dropout == () and row.dropout.value() == 0.0


def test_norm_is_a_reset_and_undoes(qtbot, net, doc):
    use_layers(doc, (4, 4))
    assert combo_data(net.rows[0].norm) == list(NORMS)
    steps = doc.undo_stack.count()
    with qtbot.waitSignal(net.sigResetNotice) as notice:
        select_data(net.rows[0].norm, "batch")
    assert doc.config.norm == ("batch", "none") and "new weights" in notice.args[0]
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert doc.config.norm == () and net.rows[0].norm.currentData() == "none"


def test_skip_only_where_the_widths_allow(net, doc):
    use_layers(doc, (4, 4, 3))
    enabled = [net.rows[i].skip.isEnabled() for i in range(3)]
    assert enabled == [False, True, False]
    assert "first hidden layer" in net.rows[0].skip.toolTip()
    assert "equal widths" in net.rows[2].skip.toolTip()
    steps = doc.undo_stack.count()
    net.rows[1].skip.setChecked(True)
    assert doc.config.skip == (False, True, False)
    assert doc.undo_stack.count() == steps + 1
    # a narrower layer 2 cannot skip any more: the box is unticked and disabled
    net.rows[1].units.setValue(2)
    assert doc.config.skip == () and not net.rows[1].skip.isEnabled()
    assert not net.rows[1].skip.isChecked()


def test_adding_and_removing_layers_keeps_the_options_fitted(net, doc):
    use_layers(doc, (4, 4))
    net.rows[1].dropout.setValue(0.3)
    select_data(net.rows[1].norm, "layer")
    net.rows[1].skip.setChecked(True)
    net.add_layer.click()  # a new layer copies the last one's options
    c = doc.config
    assert c.dropout == (0.0, 0.3, 0.3) and c.norm == ("none", "layer", "layer")
    assert c.skip == (False, True, True)
    assert net.rows[2].skip.isChecked() and net.rows[2].dropout.value() == 0.3
    net.remove_layer.click()
    net.remove_layer.click()
    assert doc.config.dropout == () and doc.config.norm == () and doc.config.skip == ()
    assert net.rows[1].options.isHidden()


def test_the_options_show_on_demand_and_whenever_a_layer_uses_one(net, doc):
    use_layers(doc, (4, 4))
    assert net.rows[0].options.isHidden() and not net.options_toggle.isChecked()
    net.options_toggle.click()
    assert not net.rows[0].options.isHidden() and not net.rows[1].options.isHidden()
    assert net.rows[2].options.isHidden()  # no third layer
    net.options_toggle.click()
    assert net.rows[0].options.isHidden()
    doc.set_config(doc.config.replace(norm=("layer", "none")))  # e.g. an opened file
    assert net.options_toggle.isChecked() and not net.rows[1].options.isHidden()


def test_the_options_have_names_and_follow_in_tab_order(net, doc):
    use_layers(doc, (4, 4))
    net.options_toggle.click()
    row = net.rows[1]
    for w in (row.dropout, row.norm, row.skip):
        assert "2" in w.accessibleName()
    chain = []
    w = row.units
    while len(chain) < 40:
        w = w.nextInFocusChain()
        chain.append(w)
    positions = [chain.index(x) for x in (row.activation, row.dropout, row.norm, row.skip)]
    assert positions == sorted(positions)
