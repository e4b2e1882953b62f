"""QGIS 4: ``qgis.PyQt.uic.pyuic`` runs PyQt6's pyuic."""

from PyQt6.uic.pyuic import main

if __name__ == "__main__":
    main()
