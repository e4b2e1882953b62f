"""Platform data items and the local layers behind them: layers, selections and files checked and made into regions
(region/), uploaded (uploads), and data items loaded back as layers (item_layers)."""
