<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>@default</name>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="106"/>
        <source>Fusion Platform Account</source>
        <translation>Fusion Platform – Konto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="109"/>
        <source>Fusion Platform Data</source>
        <translation>Fusion Platform – Daten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="120"/>
        <source>Fusion Platform Executions</source>
        <translation>Fusion Platform – Ausführungen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="113"/>
        <source>Fusion Platform Processes</source>
        <translation>Fusion Platform – Prozesse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="110"/>
        <source>Fusion Platform Services</source>
        <translation>Fusion Platform – Dienste</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/time_series.py" line="146"/>
        <source>Fusion Platform</source>
        <translation>Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="106"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="109"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="94"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="113"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="120"/>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="164"/>
        <source>Show or hide the Fusion Platform {0} dock</source>
        <translation>Bedienfeld „{0}“ der Fusion Platform ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="151"/>
        <source>Fusion Platform plugin {0} loaded.</source>
        <translation>Erweiterung Fusion Platform {0} geladen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="73"/>
        <source>Fusion Platform Earth-observation services</source>
        <translation>Fusion Platform – Erdbeobachtungsdienste</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="49"/>
        <source>The QGIS authentication database is not available.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank ist nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="248"/>
        <source>Server: {0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="284"/>
        <source>Remove the connection &apos;{0}&apos; and its remembered credentials?</source>
        <translation>Die Verbindung „{0}“ und ihre gespeicherten Zugangsdaten entfernen?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="297"/>
        <source>Enter your e-mail address (or user id) and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse (oder Benutzerkennung) und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="355"/>
        <source>Logged in, but the credentials could not be remembered: {0}</source>
        <translation>Angemeldet, aber die Zugangsdaten konnten nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="368"/>
        <source>Could not reconnect to {0} automatically: {1}</source>
        <translation>Automatische Wiederverbindung mit {0} fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="407"/>
        <source>Connected to {0} as {1}.</source>
        <translation>Mit {0} als {1} verbunden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="446"/>
        <source>Logged out; the remembered credentials for {0} were removed.</source>
        <translation>Abgemeldet; die gespeicherten Zugangsdaten für {0} wurden entfernt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="466"/>
        <source>Logged in to {0} as {1} ({2}).</source>
        <translation>Bei {0} als {1} ({2}) angemeldet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="508"/>
        <source>Reading the organisation&apos;s credits</source>
        <translation>Credits der Organisation werden gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="60"/>
        <source>{0} credits</source>
        <translation>{0} Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="89"/>
        <source>Enter your given name and family name.</source>
        <translation>Geben Sie Ihren Vor- und Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="99"/>
        <source>Your details were saved.</source>
        <translation>Ihre Angaben wurden gespeichert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="101"/>
        <source>Saving your details</source>
        <translation>Ihre Angaben werden gespeichert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="144"/>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="158"/>
        <source>Changing your password</source>
        <translation>Ihr Passwort wird geändert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="25"/>
        <source>Enter a name for the connection.</source>
        <translation>Geben Sie einen Namen für die Verbindung ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="27"/>
        <source>A connection name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>Ein Verbindungsname darf weder „/“ noch „\“ enthalten.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="34"/>
        <source>&apos;{0}&apos; is a built-in connection; choose another name.</source>
        <translation>„{0}“ ist eine integrierte Verbindung; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="37"/>
        <source>A connection named &apos;{0}&apos; already exists.</source>
        <translation>Eine Verbindung namens „{0}“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="40"/>
        <source>Enter the API address as http(s)://host[:port][/path].</source>
        <translation>Geben Sie die API-Adresse als http(s)://host[:port][/pfad] ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="42"/>
        <source>The API address cannot carry a query (?…) or fragment (#…).</source>
        <translation>Die API-Adresse darf keine Abfrage (?…) und kein Fragment (#…) enthalten.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="126"/>
        <source>Upload files</source>
        <translation>Dateien hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="126"/>
        <source>Geodata (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;All files (*)</source>
        <translation>Geodaten (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="131"/>
        <source>Data of {0}</source>
        <translation>Daten von {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="140"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um die Daten Ihrer Organisation zu sehen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="145"/>
        <source>Listing data</source>
        <translation>Daten werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="292"/>
        <source>Created {0}</source>
        <translation>Erstellt am {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="238"/>
        <source>Reading files of {0}</source>
        <translation>Dateien von {0} werden gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="91"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="59"/>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="84"/>
        <source>Fetching preview of {0}</source>
        <translation>Vorschau von {0} wird abgerufen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="187"/>
        <source>Rename data</source>
        <translation>Datensatz umbenennen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="187"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="195"/>
        <source>Renaming {0}</source>
        <translation>{0} wird umbenannt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="195"/>
        <source>Renamed to {0}</source>
        <translation>Umbenannt in {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Copy data</source>
        <translation>Datensatz kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Name of the copy:</source>
        <translation>Name der Kopie:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Copy of {0}</source>
        <translation>Kopie von {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="212"/>
        <source>Copied {0} to {1}</source>
        <translation>{0} nach {1} kopiert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="214"/>
        <source>Copying {0}</source>
        <translation>{0} wird kopiert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="221"/>
        <source>Delete the data item &apos;{0}&apos; from the platform? This cannot be undone.</source>
        <translation>Den Datensatz „{0}“ von der Plattform löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="245"/>
        <source>{0} deleted; not deleted: {1}</source>
        <translation>{0} gelöscht; nicht gelöscht: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="252"/>
        <source>Deleting data</source>
        <translation>Daten werden gelöscht</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="258"/>
        <source>Download data to</source>
        <translation>Daten herunterladen nach</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="268"/>
        <source>Downloading data</source>
        <translation>Daten werden heruntergeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="282"/>
        <source>Added {0} to the map</source>
        <translation>{0} zur Karte hinzugefügt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="309"/>
        <source>Finding {0}</source>
        <translation>{0} wird gesucht</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="307"/>
        <source>That data item no longer exists.</source>
        <translation>Dieser Datensatz existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="334"/>
        <source>Reading STAC of {0}</source>
        <translation>STAC-Metadaten von {0} werden gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="56"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="90"/>
        <source>Repair geometries and upload</source>
        <translation>Geometrien reparieren und hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="92"/>
        <source>Simplify and upload</source>
        <translation>Vereinfachen und hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="131"/>
        <source>Use &apos;{0}&apos;</source>
        <translation>„{0}“ verwenden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="55"/>
        <source>Selected features of the active layer</source>
        <translation>Gewählte Objekte des aktiven Layers</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="56"/>
        <source>Active layer (all features)</source>
        <translation>Aktiver Layer (alle Objekte)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="57"/>
        <source>Draw a rectangle on the map</source>
        <translation>Rechteck auf der Karte zeichnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="58"/>
        <source>Draw a polygon on the map</source>
        <translation>Polygon auf der Karte zeichnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="59"/>
        <source>Current map extent</source>
        <translation>Aktuelle Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="60"/>
        <source>Files on disk…</source>
        <translation>Dateien auf dem Datenträger…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="79"/>
        <source>Select a layer in the Layers panel first.</source>
        <translation>Wählen Sie zuerst einen Layer im Bedienfeld „Layer“ aus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="93"/>
        <source>Only vector and raster layers can be uploaded.</source>
        <translation>Nur Vektor- und Rasterlayer können hochgeladen werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="105"/>
        <source>Drawn region</source>
        <translation>Gezeichnete Region</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="113"/>
        <source>Map extent</source>
        <translation>Kartenausdehnung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="140"/>
        <source>Upload region</source>
        <translation>Region hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="140"/>
        <source>Name of the new data item:</source>
        <translation>Name des neuen Datensatzes:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="166"/>
        <source>Log in first (Account dock).</source>
        <translation>Melden Sie sich zuerst an (Bedienfeld „Konto“).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="169"/>
        <source>An upload is already running; wait for it or cancel it.</source>
        <translation>Es läuft bereits ein Upload; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="175"/>
        <source>Uploaded {0}</source>
        <translation>{0} hochgeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="98"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="108"/>
        <source>Created: {0}</source>
        <translation>Erstellt: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="111"/>
        <source>Bounds (lon/lat): {0}</source>
        <translation>Ausdehnung (Lon/Lat): {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="113"/>
        <source>Loading files…</source>
        <translation>Dateien werden geladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="116"/>
        <source>No files.</source>
        <translation>Keine Dateien.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="291"/>
        <source>Size: {0}</source>
        <translation>Größe: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="122"/>
        <source>CRS: {0}</source>
        <translation>KBS: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="124"/>
        <source>Bounds: {0}</source>
        <translation>Ausdehnung: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>lines</source>
        <translation>Linien</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="132"/>
        <source>Features: {0}</source>
        <translation>Objekte: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="134"/>
        <source>Bands: {0}</source>
        <translation>Bänder: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="136"/>
        <source>Resolution: {0} m</source>
        <translation>Auflösung: {0} m</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="138"/>
        <source>analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="153"/>
        <source>Being analysed…</source>
        <translation>Wird analysiert…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.py" line="201"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um Ausführungen zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="110"/>
        <source>Loading executions…</source>
        <translation>Ausführungen werden geladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="182"/>
        <source>Could not load the executions: {0}</source>
        <translation>Die Ausführungen konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="136"/>
        <source>Fusion Platform: loading executions</source>
        <translation>Fusion Platform: Ausführungen werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="197"/>
        <source>All processes</source>
        <translation>Alle Prozesse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="264"/>
        <source>No executions yet: execute a process from the Processes dock.</source>
        <translation>Noch keine Ausführungen: Führen Sie einen Prozess im Bedienfeld „Prozesse“ aus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="161"/>
        <source>A process</source>
        <translation>Ein Prozess</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="148"/>
        <source>Load outputs</source>
        <translation>Ausgaben laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="139"/>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="200"/>
        <source>unknown component</source>
        <translation>unbekannte Komponente</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="201"/>
        <source>&apos;{0}&apos; failed in {1}: {2}</source>
        <translation>„{0}“ ist in {1} fehlgeschlagen: {2}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="68"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="208"/>
        <source>&apos;{0}&apos; failed: {1}</source>
        <translation>„{0}“ ist fehlgeschlagen: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="216"/>
        <source>Fusion Platform: reading the failure</source>
        <translation>Fusion Platform: Fehler wird gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/components.py" line="72"/>
        <source>Fusion Platform: loading components</source>
        <translation>Fusion Platform: Komponenten werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="77"/>
        <source>Log of &apos;{0}&apos;</source>
        <translation>Protokoll von „{0}“</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="83"/>
        <source>Fusion Platform: reading the log</source>
        <translation>Fusion Platform: Protokoll wird gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="83"/>
        <source>Could not read the log: {0}</source>
        <translation>Das Protokoll konnte nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="113"/>
        <source>Fusion Platform: stopping</source>
        <translation>Fusion Platform: wird gestoppt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="113"/>
        <source>Could not stop: {0}</source>
        <translation>Stoppen nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="131"/>
        <source>Delete this execution and its outputs on the Fusion Platform?</source>
        <translation>Diese Ausführung und ihre Ausgaben auf der Fusion Platform löschen?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="155"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="158"/>
        <source>Fusion Platform: deleting executions</source>
        <translation>Fusion Platform: Ausführungen werden gelöscht</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="158"/>
        <source>Could not delete: {0}</source>
        <translation>Löschen nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.py" line="366"/>
        <source>The deletion date must be in the future.</source>
        <translation>Das Löschdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="174"/>
        <source>Outputs will be kept until {0}.</source>
        <translation>Die Ausgaben werden bis {0} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="179"/>
        <source>Fusion Platform: changing the deletion date</source>
        <translation>Fusion Platform: Löschdatum wird geändert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="179"/>
        <source>Could not change the date: {0}</source>
        <translation>Das Datum konnte nicht geändert werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="155"/>
        <source>Download cancelled.</source>
        <translation>Download abgebrochen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="159"/>
        <source>Could not load the outputs: {0}</source>
        <translation>Die Ausgaben konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/results.py" line="239"/>
        <source>Fusion Platform: downloading outputs of &apos;{0}&apos;</source>
        <translation>Fusion Platform: Ausgaben von „{0}“ werden heruntergeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="86"/>
        <source>{0} and above</source>
        <translation>{0} und höher</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="86"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="96"/>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="96"/>
        <source>Text files (*.txt *.log)</source>
        <translation>Textdateien (*.txt *.log)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="23"/>
        <source>at least {0} characters</source>
        <translation>mindestens {0} Zeichen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="24"/>
        <source>an upper-case letter</source>
        <translation>einen Großbuchstaben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="25"/>
        <source>a lower-case letter</source>
        <translation>einen Kleinbuchstaben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="26"/>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="27"/>
        <source>a symbol (for example ! or #)</source>
        <translation>ein Sonderzeichen (zum Beispiel ! oder #)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="35"/>
        <source>The new password meets the policy.</source>
        <translation>Das neue Passwort erfüllt die Richtlinie.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="36"/>
        <source>The new password needs {0}.</source>
        <translation>Das neue Passwort braucht {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="69"/>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="73"/>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="75"/>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom aktuellen unterscheiden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="89"/>
        <source>Input {0}</source>
        <translation>Eingabe {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="60"/>
        <source>QGIS layer</source>
        <translation>QGIS-Layer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="61"/>
        <source>Platform data</source>
        <translation>Plattformdaten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="69"/>
        <source>Data on the platform that this input accepts ({0})</source>
        <translation>Daten auf der Plattform, die diese Eingabe akzeptiert ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="139"/>
        <source>(choose data)</source>
        <translation>(Daten wählen)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="63"/>
        <source>Service: {0}</source>
        <translation>Dienst: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="130"/>
        <source>New process: {0}</source>
        <translation>Neuer Prozess: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="131"/>
        <source>{0} process</source>
        <translation>Prozess {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="138"/>
        <source>Loading the template of {0}</source>
        <translation>Vorlage von {0} wird geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="158"/>
        <source>Loading process {0}</source>
        <translation>Prozess {0} wird geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="179"/>
        <source>Copying process {0}</source>
        <translation>Prozess {0} wird kopiert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="190"/>
        <source>Listing platform data</source>
        <translation>Plattformdaten werden aufgelistet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="412"/>
        <source>Process: {0}</source>
        <translation>Prozess: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="411"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="235"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="244"/>
        <source>The process is executing: the platform lets nothing change until it is stopped.</source>
        <translation>Der Prozess wird ausgeführt: Die Plattform lässt keine Änderungen zu, bis er gestoppt ist.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="248"/>
        <source>Stop the process first: only a stopped process may be changed.</source>
        <translation>Stoppen Sie zuerst den Prozess: Nur ein gestoppter Prozess kann geändert werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="250"/>
        <source>This process has already run: the platform only lets you change its name and schedule. Copy the process to change anything else.</source>
        <translation>Dieser Prozess wurde bereits ausgeführt: Die Plattform erlaubt nur noch Änderungen an Name und Zeitplan. Kopieren Sie den Prozess, um anderes zu ändern.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="259"/>
        <source>A name for this process, shown in the Processes dock</source>
        <translation>Ein Name für diesen Prozess, angezeigt im Bedienfeld „Prozesse“</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="295"/>
        <source>A process needs a name</source>
        <translation>Ein Prozess braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="300"/>
        <source>Choose a layer or platform data for this input</source>
        <translation>Wählen Sie für diese Eingabe einen Layer oder Plattformdaten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="333"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Bitte korrigieren Sie die rot markierten Felder.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="346"/>
        <source>Some values need attention before the process can be created.</source>
        <translation>Einige Werte müssen geprüft werden, bevor der Prozess erstellt werden kann.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/process.py" line="95"/>
        <source>The chosen data no longer exists</source>
        <translation>Die gewählten Daten existieren nicht mehr</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="415"/>
        <source>Created on the platform. Check the price, then Execute.</source>
        <translation>Auf der Plattform erstellt. Prüfen Sie den Preis und klicken Sie dann auf „Ausführen“.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="420"/>
        <source>Creating process {0}</source>
        <translation>Prozess {0} wird erstellt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="447"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="450"/>
        <source>Saving process {0}</source>
        <translation>Prozess {0} wird gespeichert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="491"/>
        <source>Reading the credit balance</source>
        <translation>Credit-Guthaben wird gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="67"/>
        <source>Price: {0} credits per run</source>
        <translation>Preis: {0} Credits pro Lauf</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="488"/>
        <source>Balance: {0} credits</source>
        <translation>Guthaben: {0} Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="497"/>
        <source>Create the process first: the platform checks it and sets its price.</source>
        <translation>Erstellen Sie zuerst den Prozess: Die Plattform prüft ihn und legt seinen Preis fest.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="499"/>
        <source>The process is already executing.</source>
        <translation>Der Prozess wird bereits ausgeführt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="501"/>
        <source>Not enough credits: the process costs {0} credits but the organisation has {1}.</source>
        <translation>Nicht genügend Credits: Der Prozess kostet {0} Credits, die Organisation hat aber nur {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="505"/>
        <source>Reading the organisation's credit balance…</source>
        <translation>Credit-Guthaben der Organisation wird gelesen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="508"/>
        <source>Start the process on the platform</source>
        <translation>Den Prozess auf der Plattform starten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="530"/>
        <source>Executing: follow it in the Executions dock.</source>
        <translation>Wird ausgeführt: Verfolgen Sie den Fortschritt im Bedienfeld „Ausführungen“.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="537"/>
        <source>Executing process {0}</source>
        <translation>Prozess {0} wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="569"/>
        <source>The platform refused the process:</source>
        <translation>Die Plattform hat den Prozess abgelehnt:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="108"/>
        <source>Type a name for the preset first.</source>
        <translation>Geben Sie zuerst einen Namen für die Voreinstellung ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="114"/>
        <source>The preset was not saved: {0}</source>
        <translation>Die Voreinstellung wurde nicht gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="117"/>
        <source>Preset &apos;{0}&apos; saved.</source>
        <translation>Voreinstellung „{0}“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="123"/>
        <source>There is no preset named &apos;{0}&apos; for this service.</source>
        <translation>Es gibt keine Voreinstellung namens „{0}“ für diesen Dienst.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="143"/>
        <source>The layer &apos;{0}&apos; of this preset is not in the project.</source>
        <translation>Der Layer „{0}“ dieser Voreinstellung ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="150"/>
        <source>Preset &apos;{0}&apos; loaded.</source>
        <translation>Voreinstellung „{0}“ geladen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="97"/>
        <source>The equivalent Python script is on the clipboard (the password is not in it).</source>
        <translation>Das entsprechende Python-Skript ist in der Zwischenablage (das Passwort ist nicht enthalten).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="40"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="47"/>
        <source>Executing</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="53"/>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="254"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um Ihre Prozesse zu sehen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="287"/>
        <source>Loading processes…</source>
        <translation>Prozesse werden geladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="308"/>
        <source>Could not load the processes: {0}</source>
        <translation>Die Prozesse konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="313"/>
        <source>Loading Fusion Platform processes</source>
        <translation>Prozesse der Fusion Platform werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="397"/>
        <source>The process is already executing</source>
        <translation>Der Prozess wird bereits ausgeführt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="397"/>
        <source>Start the process now</source>
        <translation>Den Prozess jetzt starten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="401"/>
        <source>Stop future runs and abort running executions</source>
        <translation>Künftige Läufe stoppen und laufende Ausführungen abbrechen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="401"/>
        <source>Only an executing process can be stopped</source>
        <translation>Nur ein laufender Prozess kann gestoppt werden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="431"/>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="476"/>
        <source>Executing {0}</source>
        <translation>{0} wird gestartet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="476"/>
        <source>{0} is executing.</source>
        <translation>{0} wird ausgeführt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="498"/>
        <source>Stopping {0}</source>
        <translation>{0} wird gestoppt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="498"/>
        <source>{0} stopped.</source>
        <translation>{0} gestoppt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="506"/>
        <source>Delete the process &apos;{0}&apos; with all its executions and their outputs? This cannot be undone.</source>
        <translation>Den Prozess „{0}“ mit allen Ausführungen und deren Ausgaben löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="512"/>
        <source>Deleting {0}</source>
        <translation>{0} wird gelöscht</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="512"/>
        <source>{0} deleted.</source>
        <translation>{0} gelöscht.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="60"/>
        <source>from {0} to {1}</source>
        <translation>von {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="64"/>
        <source>default {0}</source>
        <translation>Standard {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="69"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="69"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="78"/>
        <source>Categories: {0}</source>
        <translation>Kategorien: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="80"/>
        <source>Keywords: {0}</source>
        <translation>Schlüsselwörter: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="112"/>
        <source>Dispatchers: {0}</source>
        <translation>Versand: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="124"/>
        <source>The exact price is shown when the process is created, before anything runs.</source>
        <translation>Der genaue Preis wird beim Erstellen des Prozesses angezeigt, bevor etwas läuft.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="132"/>
        <source>The price is shown when the process is created.</source>
        <translation>Der Preis wird beim Erstellen des Prozesses angezeigt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="168"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um die Dienste zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="180"/>
        <source>Loading services…</source>
        <translation>Dienste werden geladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="200"/>
        <source>Could not load the services: {0}</source>
        <translation>Die Dienste konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="205"/>
        <source>Loading Fusion Platform services</source>
        <translation>Dienste der Fusion Platform werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="221"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="300"/>
        <source>Loading the definition of {0}</source>
        <translation>Definition von {0} wird geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="28"/>
        <source>STAC metadata of {0}</source>
        <translation>STAC-Metadaten von {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="46"/>
        <source>Save STAC files to</source>
        <translation>STAC-Dateien speichern in</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="76"/>
        <source>Syntax error at column {0}: {1}</source>
        <translation>Syntaxfehler in Spalte {0}: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="79"/>
        <source>&apos;{0}&apos; is not allowed in a condition</source>
        <translation>„{0}“ ist in einer Bedingung nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="82"/>
        <source>Only the functions {0} may be called</source>
        <translation>Nur die Funktionen {0} dürfen aufgerufen werden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="89"/>
        <source>Unknown name &apos;{0}&apos; (use inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines or dispatching_service_name)</source>
        <translation>Unbekannter Name „{0}“ (verwenden Sie inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines oder dispatching_service_name)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="100"/>
        <source>Dispatcher</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="142"/>
        <source>This service offers no dispatchers.</source>
        <translation>Dieser Dienst bietet keinen Versand an.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="93"/>
        <source>Give this option a value (unchecked: no value)</source>
        <translation>Dieser Option einen Wert geben (nicht angehakt: kein Wert)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="196"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>„{0}“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="199"/>
        <source>{0} is outside the allowed range {1} to {2}</source>
        <translation>{0} liegt außerhalb des erlaubten Bereichs von {1} bis {2}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="212"/>
        <source>credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="233"/>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>„{0}“ ist weder wahr noch falsch</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="282"/>
        <source>{0} is outside the allowed dates</source>
        <translation>{0} liegt außerhalb der erlaubten Daten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="321"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="333"/>
        <source>&apos;{0}&apos; is not one of the choices</source>
        <translation>„{0}“ ist keine der Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="428"/>
        <source>Advanced options</source>
        <translation>Erweiterte Optionen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="475"/>
        <source>Not used while {0} is {1}</source>
        <translation>Nicht verwendet, solange {0} gleich {1} ist</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="521"/>
        <source>{0} must not be before {1}</source>
        <translation>{0} darf nicht vor {1} liegen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="76"/>
        <source>Run once, now</source>
        <translation>Einmal ausführen, jetzt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="78"/>
        <source>Run once, at a time</source>
        <translation>Einmal ausführen, zu einem Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="80"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="103"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="116"/>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="122"/>
        <source>How many runs in total (the platform counts them down)</source>
        <translation>Anzahl der Läufe insgesamt (die Plattform zählt sie herunter)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="123"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="126"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="135"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="269"/>
        <source>The end must not be before the start</source>
        <translation>Das Ende darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="112"/>
        <source>Runs on the Fusion Platform; the price in credits is reported before execution.</source>
        <translation>Läuft auf der Fusion Platform; der Preis in Credits wird vor der Ausführung gemeldet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="118"/>
        <source>Input {0} ({1})</source>
        <translation>Eingabe {0} ({1})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="134"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="220"/>
        <source>Input {0} needs a raster layer.</source>
        <translation>Eingabe {0} benötigt einen Rasterlayer.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="224"/>
        <source>Input {0} has no features.</source>
        <translation>Eingabe {0} hat keine Objekte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="258"/>
        <source>The service is no longer available to this organisation.</source>
        <translation>Der Dienst ist für diese Organisation nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="60"/>
        <source>Uploading input {0}…</source>
        <translation>Eingabe {0} wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="74"/>
        <source>Price: {0} credits.</source>
        <translation>Preis: {0} Credits.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="148"/>
        <source>Cancelled: the process was stopped on the platform.</source>
        <translation>Abgebrochen: Der Prozess wurde auf der Plattform gestoppt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="55"/>
        <source>Execution failed: {0}</source>
        <translation>Ausführung fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="481"/>
        <source>The execution did not start within 15 minutes.</source>
        <translation>Die Ausführung ist nicht innerhalb von 15 Minuten gestartet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="241"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="56"/>
        <source>Could not refresh the Processing algorithms: {0}</source>
        <translation>Die Verarbeitungsalgorithmen konnten nicht aktualisiert werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="58"/>
        <source>Fusion Platform: loading service definitions</source>
        <translation>Fusion Platform: Dienstdefinitionen werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="85"/>
        <source>Skipping service {0}: {1}</source>
        <translation>Dienst {0} wird übersprungen: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/session.py" line="34"/>
        <source>Not connected: log in from the Fusion Platform Account dock with &apos;Remember me&apos; ticked, so that Processing can connect with the saved credentials (for qgis_process, set FUSION_PLATFORM_EMAIL and FUSION_PLATFORM_PASSWORD).</source>
        <translation>Nicht verbunden: Melden Sie sich im Bedienfeld „Konto“ der Fusion Platform mit aktivierter Option „Zugangsdaten merken“ an, damit sich die Verarbeitung mit den gespeicherten Zugangsdaten verbinden kann (für qgis_process setzen Sie FUSION_PLATFORM_EMAIL und FUSION_PLATFORM_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/session.py" line="43"/>
        <source>This account belongs to no organisation.</source>
        <translation>Dieses Konto gehört zu keiner Organisation.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="133"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="145"/>
        <source>Wrong e-mail address, user id or password. Check them and try again.</source>
        <translation>Falsche E-Mail-Adresse, Benutzerkennung oder falsches Passwort. Prüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="149"/>
        <source>Your Fusion Platform session has expired. Please log in again.</source>
        <translation>Ihre Sitzung bei der Fusion Platform ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="152"/>
        <source>A secure (TLS) connection to {0} could not be established: its certificate is not trusted. If your organisation uses its own certificate authority, add it in QGIS&apos;s SSL/authentication settings.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zu {0} hergestellt werden: Das Zertifikat ist nicht vertrauenswürdig. Wenn Ihre Organisation eine eigene Zertifizierungsstelle verwendet, fügen Sie diese in den SSL-/Authentifizierungseinstellungen von QGIS hinzu.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="171"/>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="162"/>
        <source>Cannot reach {0} through the proxy {1}. Check the proxy in QGIS&apos;s network settings and your connection.</source>
        <translation>Keine Verbindung zu {0} über den Proxy {1} möglich. Prüfen Sie den Proxy in den Netzwerkeinstellungen von QGIS und Ihre Verbindung.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="167"/>
        <source>{0} did not answer in time. Try again later, or raise the timeout in QGIS&apos;s network settings.</source>
        <translation>{0} hat nicht rechtzeitig geantwortet. Versuchen Sie es später erneut oder erhöhen Sie das Zeitlimit in den Netzwerkeinstellungen von QGIS.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="169"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="171"/>
        <source>Cannot reach {0}. Check the address and your network connection.</source>
        <translation>Keine Verbindung zu {0} möglich. Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="197"/>
        <source>The Fusion Platform reported an error: {0}</source>
        <translation>Die Fusion Platform hat einen Fehler gemeldet: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="185"/>
        <source>Not enough credits: {0}</source>
        <translation>Nicht genügend Credits: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="187"/>
        <source>You are not allowed to do this: {0}</source>
        <translation>Sie sind dazu nicht berechtigt: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="191"/>
        <source>Not found: {0}</source>
        <translation>Nicht gefunden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="193"/>
        <source>The Fusion Platform refused the request: {0}</source>
        <translation>Die Fusion Platform hat die Anfrage abgelehnt: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="198"/>
        <source>Unexpected error: {0}</source>
        <translation>Unerwarteter Fehler: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/connect.py" line="176"/>
        <source>Connecting to {0}</source>
        <translation>Verbindung zu {0} wird hergestellt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="89"/>
        <source>The data item &apos;{0}&apos; has no files.</source>
        <translation>Der Datensatz „{0}“ hat keine Dateien.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="146"/>
        <source>QGIS cannot open the downloaded file {0} ({1}).</source>
        <translation>QGIS kann die heruntergeladene Datei {0} nicht öffnen ({1}).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="173"/>
        <source>Adding {0} to the map</source>
        <translation>{0} wird zur Karte hinzugefügt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/provenance.py" line="43"/>
        <source>Produced by the Fusion Platform.</source>
        <translation>Erzeugt von der Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="100"/>
        <source>defaults</source>
        <translation>Standardwerte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="72"/>
        <source>Started: {0}</source>
        <translation>Gestartet: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="74"/>
        <source>Ended: {0}</source>
        <translation>Beendet: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="156"/>
        <source>{0} hillshade</source>
        <translation>{0} (Schummerung)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="256"/>
        <source>Slices</source>
        <translation>Teile</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="290"/>
        <source>{0} slice {1}</source>
        <translation>{0} Teil {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="114"/>
        <source>Give the data item a name.</source>
        <translation>Geben Sie dem Datensatz einen Namen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="117"/>
        <source>The name &apos;{0}&apos; contains non-ASCII characters, which some platform services cannot handle. Use &apos;{1}&apos; instead?</source>
        <translation>Der Name „{0}“ enthält Nicht-ASCII-Zeichen, die manche Plattformdienste nicht verarbeiten können. Stattdessen „{1}“ verwenden?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="150"/>
        <source>{0} has no coordinate reference system, so its position on Earth is unknown. Set its CRS (Layer Properties › Source) and try again.</source>
        <translation>{0} hat kein Koordinatenbezugssystem, daher ist die Lage auf der Erde unbekannt. Legen Sie das KBS fest (Layereigenschaften › Quelle) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="158"/>
        <source>{0} uses an unknown coordinate reference system. Set its CRS (Layer Properties › Source) and try again.</source>
        <translation>{0} verwendet ein unbekanntes Koordinatenbezugssystem. Legen Sie das KBS fest (Layereigenschaften › Quelle) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="66"/>
        <source>The layer is not valid or its data source is missing.</source>
        <translation>Der Layer ist ungültig oder seine Datenquelle fehlt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="71"/>
        <source>No features are selected in &apos;{0}&apos;. Select the features to upload, or upload the whole layer.</source>
        <translation>In „{0}“ sind keine Objekte gewählt. Wählen Sie die hochzuladenden Objekte aus oder laden Sie den ganzen Layer hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="202"/>
        <source>The layer &apos;{0}&apos;</source>
        <translation>Der Layer „{0}“</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>no geometry</source>
        <translation>keine Geometrie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="207"/>
        <source>The layer '{0}' holds {1}, but a region must be made of polygons. Choose a polygon layer, or buffer the features first (Vector › Geoprocessing › Buffer).</source>
        <translation>Der Layer „{0}“ enthält {1}, eine Region muss aber aus Polygonen bestehen. Wählen Sie einen Polygonlayer oder puffern Sie die Objekte zuerst (Vektor › Geoverarbeitungswerkzeuge › Puffer).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="325"/>
        <source>None of the chosen features of &apos;{0}&apos; is a polygon.</source>
        <translation>Keines der gewählten Objekte von „{0}“ ist ein Polygon.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="327"/>
        <source>The layer &apos;{0}&apos; has no features with a geometry to upload. Add or select some features first.</source>
        <translation>Der Layer „{0}“ hat keine Objekte mit Geometrie zum Hochladen. Fügen Sie zuerst Objekte hinzu oder wählen Sie welche aus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="172"/>
        <source>The region from &apos;{0}&apos; would be {1}, more than the {2} recommended for a region. Simplify the geometries (removes detail finer than about 1/5000 of the region&apos;s size)?</source>
        <translation>Die Region aus „{0}“ wäre {1} groß, mehr als die für eine Region empfohlenen {2}. Geometrien vereinfachen (entfernt Details, die feiner als etwa 1/5000 der Regionsgröße sind)?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="348"/>
        <source>Nothing was drawn. Draw at least three points, or drag a rectangle.</source>
        <translation>Es wurde nichts gezeichnet. Zeichnen Sie mindestens drei Punkte oder ziehen Sie ein Rechteck auf.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="351"/>
        <source>The map</source>
        <translation>Die Karte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="356"/>
        <source>The drawn shape has no area. Draw a polygon with at least three distinct corners.</source>
        <translation>Die gezeichnete Form hat keine Fläche. Zeichnen Sie ein Polygon mit mindestens drei verschiedenen Ecken.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="366"/>
        <source>The drawn polygon crosses itself and cannot be repaired. Draw it again.</source>
        <translation>Das gezeichnete Polygon überschneidet sich selbst und kann nicht repariert werden. Zeichnen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="30"/>
        <source>The raster layer is not valid or its file is missing.</source>
        <translation>Der Rasterlayer ist ungültig oder seine Datei fehlt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="50"/>
        <source>The raster &apos;{0}&apos;</source>
        <translation>Das Raster „{0}“</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="54"/>
        <source>The raster '{0}' comes from a web service ({1}); save it as a GeoTIFF first (Export › Save As…), then upload that.</source>
        <translation>Das Raster „{0}“ stammt aus einem Webdienst ({1}); speichern Sie es zuerst als GeoTIFF (Exportieren › Speichern als…) und laden Sie dann diese Datei hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="75"/>
        <source>The raster &apos;{0}&apos; could not be exported to GeoTIFF.</source>
        <translation>Das Raster „{0}“ konnte nicht als GeoTIFF exportiert werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="81"/>
        <source>&apos;{0}&apos; was exported to GeoTIFF for the upload.</source>
        <translation>„{0}“ wurde für den Upload als GeoTIFF exportiert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="85"/>
        <source>The file {0} does not exist.</source>
        <translation>Die Datei {0} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="90"/>
        <source>{0}: files of type &apos;{1}&apos; cannot be uploaded. Use GeoJSON, KML, KMZ, GeoTIFF, CSV, GeoPackage or a Shapefile.</source>
        <translation>{0}: Dateien vom Typ „{1}“ können nicht hochgeladen werden. Verwenden Sie GeoJSON, KML, KMZ, GeoTIFF, CSV, GeoPackage oder ein Shapefile.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="90"/>
        <source>(no extension)</source>
        <translation>(keine Endung)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="102"/>
        <source>The file {0} is empty.</source>
        <translation>Die Datei {0} ist leer.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="107"/>
        <source>The Shapefile {0} is missing {1}; copy the whole set of files (.shp, .shx, .dbf, .prj) together.</source>
        <translation>Dem Shapefile {0} fehlt {1}; kopieren Sie alle zugehörigen Dateien (.shp, .shx, .dbf, .prj) zusammen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="119"/>
        <source>The Shapefile {0} has no .prj file, so its coordinate system is unknown. Open it in QGIS, set its CRS and upload the layer instead.</source>
        <translation>Das Shapefile {0} hat keine .prj-Datei, daher ist sein Koordinatensystem unbekannt. Öffnen Sie es in QGIS, legen Sie sein KBS fest und laden Sie stattdessen den Layer hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="140"/>
        <source>{0} cannot be read as {1}.</source>
        <translation>{0} kann nicht als {1} gelesen werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="144"/>
        <source>{0} contains no features.</source>
        <translation>{0} enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="173"/>
        <source>{0} is not a readable GeoPackage.</source>
        <translation>{0} ist kein lesbares GeoPackage.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="182"/>
        <source>The GeoPackage {0} contains no features.</source>
        <translation>Das GeoPackage {0} enthält keine Objekte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="186"/>
        <source>The GeoPackage {0} has no coordinate reference system. Open it in QGIS, set its CRS and upload the layer instead.</source>
        <translation>Das GeoPackage {0} hat kein Koordinatenbezugssystem. Öffnen Sie es in QGIS, legen Sie sein KBS fest und laden Sie stattdessen den Layer hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="207"/>
        <source>{0} could not be converted to GeoJSON.</source>
        <translation>{0} konnte nicht in GeoJSON umgewandelt werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="181"/>
        <source>Upload cancelled.</source>
        <translation>Upload abgebrochen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="186"/>
        <source>The platform could not ingest &apos;{0}&apos;: {1}</source>
        <translation>Die Plattform konnte „{0}“ nicht übernehmen: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="106"/>
        <source>Upload cancelled; nothing was left on the platform.</source>
        <translation>Upload abgebrochen; auf der Plattform ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="108"/>
        <source>Check the file opens in QGIS, then upload it again.</source>
        <translation>Prüfen Sie, ob sich die Datei in QGIS öffnen lässt, und laden Sie sie dann erneut hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="111"/>
        <source>The platform refused the upload (HTTP {0}); nothing was kept. Try again in a moment.</source>
        <translation>Die Plattform hat den Upload abgelehnt (HTTP {0}); nichts wurde behalten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="116"/>
        <source>The connection to the platform broke during the upload ({0}); nothing was kept. Check your network and try again.</source>
        <translation>Die Verbindung zur Plattform ist während des Uploads abgebrochen ({0}); nichts wurde behalten. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="122"/>
        <source>The upload failed: {0}</source>
        <translation>Der Upload ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="367"/>
        <source>Uploading {0}</source>
        <translation>{0} wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="45"/>
        <source>The API address cannot contain a user name or password; enter them when you log in.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten; geben Sie diese bei der Anmeldung ein.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="219"/>
        <source>A file could not be read or written: {0}</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="418"/>
        <source>Fusion Platform: checking executions</source>
        <translation>Fusion Platform: Ausführungen werden geprüft</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="66"/>
        <source>The QGIS authentication database refused to store the credentials.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank hat das Speichern der Zugangsdaten abgelehnt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="101"/>
        <source>The QGIS authentication database refused to store the secrets.</source>
        <translation>Die QGIS-Authentifizierungsdatenbank hat das Speichern der Geheimnisse abgelehnt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="67"/>
        <source>The STAC files could not be saved to {0}: {1}</source>
        <translation>Die STAC-Dateien konnten nicht in {0} gespeichert werden: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="64"/>
        <source>Previews of the outputs appear here when a finished run is selected.</source>
        <translation>Vorschauen der Ausgaben erscheinen hier, wenn ein abgeschlossener Lauf gewählt ist.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="64"/>
        <source>Previews appear when the run has finished successfully.</source>
        <translation>Vorschauen erscheinen, wenn der Lauf erfolgreich beendet wurde.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="85"/>
        <source>Loading previews…</source>
        <translation>Vorschauen werden geladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="105"/>
        <source>Could not load the previews: {0}</source>
        <translation>Die Vorschauen konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="107"/>
        <source>Fusion Platform: fetching previews</source>
        <translation>Fusion Platform: Vorschauen werden abgerufen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="117"/>
        <source>{0} #{1}</source>
        <translation>{0} Nr. {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="119"/>
        <source>{0}
{1} - {2}
Click to load the outputs</source>
        <translation>{0}
{1} - {2}
Klicken, um die Ausgaben zu laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="127"/>
        <source>The platform has no previews of these outputs.</source>
        <translation>Die Plattform hat keine Vorschauen dieser Ausgaben.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="231"/>
        <source>No layer of this project streams from the Fusion Platform.</source>
        <translation>Kein Layer dieses Projekts wird von der Fusion Platform gestreamt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="236"/>
        <source>Log in from the Account dock to refresh the streamed layers.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um die gestreamten Layer zu aktualisieren.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="265"/>
        <source>Could not refresh the streamed layers: {0}</source>
        <translation>Die gestreamten Layer konnten nicht aktualisiert werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="270"/>
        <source>Fusion Platform: renewing streamed layers</source>
        <translation>Fusion Platform: Gestreamte Layer werden erneuert</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="54"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="51"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="52"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/context.py" line="56"/>
        <source>You are no longer logged in: log in from the Account dock, then try again.</source>
        <translation>Sie sind nicht mehr angemeldet: Melden Sie sich im Bedienfeld „Konto“ an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/downloads.py" line="253"/>
        <source>The Fusion Platform gave no download address for {0}.</source>
        <translation>Die Fusion Platform hat keine Download-Adresse für {0} geliefert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/downloads.py" line="426"/>
        <source>Could not build the mosaic of {0}.</source>
        <translation>Das Mosaik von {0} konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/streaming.py" line="88"/>
        <source>The Fusion Platform gave no download address for the streamed file.</source>
        <translation>Die Fusion Platform hat keine Download-Adresse für die gestreamte Datei geliefert.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="191"/>
        <source>Your session has expired: log in again.</source>
        <translation>Ihre Sitzung ist abgelaufen: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="54"/>
        <source>Layer…</source>
        <translation>Layer…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="109"/>
        <source>Your session has expired: log in again, then continue here.</source>
        <translation>Ihre Sitzung ist abgelaufen: Melden Sie sich erneut an und fahren Sie dann hier fort.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="108"/>
        <source>Selected features only ({0})</source>
        <translation>Nur gewählte Objekte ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="112"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="113"/>
        <source>Select features of a vector layer to upload only those.</source>
        <translation>Wählen Sie Objekte eines Vektorlayers, um nur diese hochzuladen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="123"/>
        <source>Add a polygon or raster layer to the project first.</source>
        <translation>Fügen Sie dem Projekt zuerst einen Polygon- oder Rasterlayer hinzu.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="242"/>
        <source>The local sandbox is a practice Fusion Platform on this computer ({0}) with synthetic data, for training and trying things out; nothing costs real credits. It must be running before you log in (the developers&apos; &apos;make run&apos; starts it). Demo account: demo@example.com.</source>
        <translation>Die lokale Sandbox ist eine Übungs-Fusion-Platform auf diesem Computer ({0}) mit synthetischen Daten, zum Lernen und Ausprobieren; nichts kostet echte Credits. Sie muss laufen, bevor Sie sich anmelden (das „make run“ der Entwickler startet sie). Demokonto: demo@example.com.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="187"/>
        <source>%n data item(s)</source>
        <translation>
            <numerusform>%n Datensatz</numerusform>
            <numerusform>%n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="223"/>
        <source>Delete these %n data items from the platform? This cannot be undone.

{0}</source>
        <translation>
            <numerusform>Diesen %n Datensatz von der Plattform löschen? Dies kann nicht rückgängig gemacht werden.

{0}</numerusform>
            <numerusform>Diese %n Datensätze von der Plattform löschen? Dies kann nicht rückgängig gemacht werden.

{0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="250"/>
        <source>Deleted %n data item(s)</source>
        <translation>
            <numerusform>%n Datensatz gelöscht</numerusform>
            <numerusform>%n Datensätze gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="268"/>
        <source>Downloaded %n file(s) to {0}</source>
        <translation>
            <numerusform>%n Datei nach {0} heruntergeladen</numerusform>
            <numerusform>%n Dateien nach {0} heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="126"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="127"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Linie</numerusform>
            <numerusform>%n Linien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="128"/>
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n Polygon</numerusform>
            <numerusform>%n Polygone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="264"/>
        <source>%n run(s), {0} running</source>
        <translation>
            <numerusform>%n Lauf, {0} laufend</numerusform>
            <numerusform>%n Läufe, {0} laufend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="387"/>
        <source>{0} (group of %n slice(s) + aggregator)</source>
        <translation>
            <numerusform>{0} (Gruppe aus %n Teil + Aggregator)</numerusform>
            <numerusform>{0} (Gruppe aus %n Teilen + Aggregator)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="167"/>
        <source>Run stopped: {0}</source>
        <translation>Lauf gestoppt: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="133"/>
        <source>%n preview(s) (nothing downloaded yet): click one to load the outputs.</source>
        <translation>
            <numerusform>%n Vorschau (noch nichts heruntergeladen): Klicken Sie darauf, um die Ausgaben zu laden.</numerusform>
            <numerusform>%n Vorschauen (noch nichts heruntergeladen): Klicken Sie auf eine, um die Ausgaben zu laden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="131"/>
        <source>Delete these %n executions (the whole group) and their outputs on the Fusion Platform?</source>
        <translation>
            <numerusform>Diese %n Ausführung (die ganze Gruppe) und ihre Ausgaben auf der Fusion Platform löschen?</numerusform>
            <numerusform>Diese %n Ausführungen (die ganze Gruppe) und ihre Ausgaben auf der Fusion Platform löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="258"/>
        <source>Renewed the signed URLs of %n streamed layer(s).</source>
        <translation>
            <numerusform>Die signierte URL von %n gestreamtem Layer wurde erneuert.</numerusform>
            <numerusform>Die signierten URLs von %n gestreamten Layern wurden erneuert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="110"/>
        <source>{0} of %n line(s)</source>
        <translation>
            <numerusform>{0} von %n Zeile</numerusform>
            <numerusform>{0} von %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="327"/>
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n Prozess</numerusform>
            <numerusform>%n Prozesse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="62"/>
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>höchstens %n Zeichen</numerusform>
            <numerusform>höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="190"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="73"/>
        <source>Saved %n file(s) to {0}</source>
        <translation>
            <numerusform>%n Datei in {0} gespeichert</numerusform>
            <numerusform>%n Dateien in {0} gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="175"/>
        <source>This address is on your own computer: if it is the local sandbox (a practice Fusion Platform), it is not running; start it first (developers: &apos;make run&apos;).</source>
        <translation>Diese Adresse liegt auf Ihrem eigenen Computer: Wenn es die lokale Sandbox (eine Übungs-Fusion-Platform) ist, läuft sie nicht; starten Sie sie zuerst (Entwickler: „make run“).</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="262"/>
        <source>{0} (mosaic of %n slice(s))</source>
        <translation>
            <numerusform>{0} (Mosaik aus %n Teil)</numerusform>
            <numerusform>{0} (Mosaik aus %n Teilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="291"/>
        <source>'{0}' has invalid geometries in %n feature(s) (feature ids: {1}). Repair them automatically (makeValid), or fix them with Vector › Geometry Tools › Check Validity.</source>
        <translation>
            <numerusform>„{0}“ hat in %n Objekt eine ungültige Geometrie (Objekt-IDs: {1}). Reparieren Sie sie automatisch (makeValid) oder beheben Sie sie mit Vektor › Geometrie-Werkzeuge › Gültigkeit prüfen.</numerusform>
            <numerusform>„{0}“ hat in %n Objekten ungültige Geometrien (Objekt-IDs: {1}). Reparieren Sie sie automatisch (makeValid) oder beheben Sie sie mit Vektor › Geometrie-Werkzeuge › Gültigkeit prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="309"/>
        <source>In &apos;{0}&apos;, %n feature(s) could not be repaired into valid polygons (feature ids: {1}). Edit or delete them, then upload again.</source>
        <translation>
            <numerusform>In „{0}“ konnte %n Objekt nicht zu einem gültigen Polygon repariert werden (Objekt-IDs: {1}). Bearbeiten oder löschen Sie es und laden Sie dann erneut hoch.</numerusform>
            <numerusform>In „{0}“ konnten %n Objekte nicht zu gültigen Polygonen repariert werden (Objekt-IDs: {1}). Bearbeiten oder löschen Sie sie und laden Sie dann erneut hoch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="59"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n Credit</numerusform>
            <numerusform>%n Credits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="66"/>
        <source>one of: {0}</source>
        <translation>eines von: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="68"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="69"/>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="70"/>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="71"/>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="74"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="116"/>
        <source>Depends on the region and the options.</source>
        <translation>Hängt von der Region und den Optionen ab.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="119"/>
        <source>Free.</source>
        <translation>Kostenlos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="121"/>
        <source>{0} per run.</source>
        <translation>{0} pro Lauf.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="123"/>
        <source>{0} per km² of the region.</source>
        <translation>{0} pro km² der Region.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="124"/>
        <source>{0} per run plus {1} per km² of the region.</source>
        <translation>{0} pro Lauf plus {1} pro km² der Region.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="107"/>
        <source>Price: {0}</source>
        <translation>Preis: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="83"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="83"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="32"/>
        <source>Could not load: {0}</source>
        <translation>Laden nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="137"/>
        <source>Log in from the Account panel</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="138"/>
        <source>The Fusion Platform&apos;s data and processes appear here once you are logged in.</source>
        <translation>Die Daten und Prozesse der Fusion Platform erscheinen hier, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="189"/>
        <source>Nothing here yet</source>
        <translation>Noch nichts vorhanden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="224"/>
        <source>Could not load more: {0}</source>
        <translation>Weitere Einträge konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="226"/>
        <source>Fusion Platform: loading more</source>
        <translation>Fusion Platform: weitere Einträge werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="232"/>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="234"/>
        <source>Double-click to list the next page</source>
        <translation>Doppelklicken, um die nächste Seite aufzulisten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="242"/>
        <source>Load more</source>
        <translation>Weitere laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/provider.py" line="32"/>
        <source>The organisations, data and processes of the Fusion Platform account you are logged in to</source>
        <translation>Die Organisationen, Daten und Prozesse des Fusion-Platform-Kontos, bei dem Sie angemeldet sind</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="35"/>
        <source>No data yet: upload some from the Data panel</source>
        <translation>Noch keine Daten: Laden Sie welche im Bedienfeld „Daten“ hoch</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="48"/>
        <source>No processes yet: define one from the Services panel</source>
        <translation>Noch keine Prozesse: Legen Sie einen im Bedienfeld „Dienste“ an</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="64"/>
        <source>Data item {0}</source>
        <translation>Datensatz {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="84"/>
        <source>No files</source>
        <translation>Keine Dateien</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="195"/>
        <source>Add to map</source>
        <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="195"/>
        <source>Download to…</source>
        <translation>Herunterladen nach…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="137"/>
        <source>Show in the Data panel</source>
        <translation>Im Bedienfeld „Daten“ anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="186"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="103"/>
        <source>Load as time series</source>
        <translation>Als Zeitreihe laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="112"/>
        <source>No executions yet</source>
        <translation>Noch keine Ausführungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="136"/>
        <source>{0} — group of %n execution(s) — {1}</source>
        <translation>
            <numerusform>{0} — Gruppe aus %n Ausführung — {1}</numerusform>
            <numerusform>{0} — Gruppe aus %n Ausführungen — {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="156"/>
        <source>Execution {0}</source>
        <translation>Ausführung {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Add outputs to map</source>
        <translation>Ausgaben zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="182"/>
        <source>Download outputs to…</source>
        <translation>Ausgaben herunterladen nach…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Open the log</source>
        <translation>Protokoll öffnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_tree.py" line="279"/>
        <source>Show in the Executions panel</source>
        <translation>Im Bedienfeld „Ausführungen“ anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="214"/>
        <source>Slice {0}</source>
        <translation>Teil {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="249"/>
        <source>No components</source>
        <translation>Keine Komponenten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="283"/>
        <source>No outputs</source>
        <translation>Keine Ausgaben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="63"/>
        <source>{0} is already on the map.</source>
        <translation>{0} ist bereits auf der Karte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="228"/>
        <source>You are no longer logged in: log in from the Account panel, then try again.</source>
        <translation>Sie sind nicht mehr angemeldet: Melden Sie sich im Bedienfeld „Konto“ an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="89"/>
        <source>Could not add the data to the map: {0}</source>
        <translation>Die Daten konnten nicht zur Karte hinzugefügt werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="156"/>
        <source>Download to</source>
        <translation>Herunterladen nach</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="169"/>
        <source>Downloading {0}</source>
        <translation>{0} wird heruntergeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="459"/>
        <source>Could not download: {0}</source>
        <translation>Herunterladen nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="206"/>
        <source>Delete the data item &apos;{0}&apos; on the Fusion Platform?</source>
        <translation>Den Datensatz „{0}“ auf der Fusion Platform löschen?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="230"/>
        <source>The Data panel does not list this item on its current page.</source>
        <translation>Das Bedienfeld „Daten“ zeigt diesen Eintrag auf seiner aktuellen Seite nicht.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="243"/>
        <source>The outputs of this run are already on the map.</source>
        <translation>Die Ausgaben dieses Laufs sind bereits auf der Karte.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="246"/>
        <source>This run has not succeeded: it has no outputs to load.</source>
        <translation>Dieser Lauf war nicht erfolgreich: Er hat keine Ausgaben zum Laden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="379"/>
        <source>&apos;{0}&apos; has no successful runs yet.</source>
        <translation>„{0}“ hat noch keine erfolgreichen Läufe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="385"/>
        <source>%n run(s) of &apos;{0}&apos; loaded as a time series: play them with the Temporal Controller.</source>
        <translation>
            <numerusform>%n Lauf von „{0}“ als Zeitreihe geladen: Spielen Sie ihn mit der Zeitsteuerung ab.</numerusform>
            <numerusform>%n Läufe von „{0}“ als Zeitreihe geladen: Spielen Sie sie mit der Zeitsteuerung ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="394"/>
        <source>Fusion Platform: loading the time series of &apos;{0}&apos;</source>
        <translation>Fusion Platform: Zeitreihe von „{0}“ wird geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="394"/>
        <source>Could not load the time series: {0}</source>
        <translation>Die Zeitreihe konnte nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="431"/>
        <source>A new run of &apos;{0}&apos; joined its time series.</source>
        <translation>Ein neuer Lauf von „{0}“ wurde seiner Zeitreihe hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="436"/>
        <source>Fusion Platform: adding a run to the time series of &apos;{0}&apos;</source>
        <translation>Fusion Platform: Lauf wird der Zeitreihe von „{0}“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="436"/>
        <source>Could not add the run to the time series: {0}</source>
        <translation>Der Lauf konnte der Zeitreihe nicht hinzugefügt werden: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="446"/>
        <source>Download outputs to</source>
        <translation>Ausgaben herunterladen nach</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="457"/>
        <source>Outputs downloaded to {0}</source>
        <translation>Ausgaben nach {0} heruntergeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="459"/>
        <source>Downloading outputs</source>
        <translation>Ausgaben werden heruntergeladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="88"/>
        <source>No features are selected in &apos;{0}&apos;.</source>
        <translation>In „{0}“ sind keine Objekte ausgewählt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="89"/>
        <source>Selection of {0}</source>
        <translation>Auswahl von {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="134"/>
        <source>Run again…</source>
        <translation>Erneut ausführen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="135"/>
        <source>Run again on the selected features…</source>
        <translation>Erneut auf den ausgewählten Objekten ausführen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="140"/>
        <source>Run again on a polygon drawn on the map…</source>
        <translation>Erneut auf einem auf der Karte gezeichneten Polygon ausführen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="303"/>
        <source>This layer was not made by a Fusion Platform run.</source>
        <translation>Dieser Layer stammt nicht aus einem Lauf der Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="410"/>
        <source>The process &apos;{0}&apos; no longer exists on the platform.</source>
        <translation>Der Prozess „{0}“ existiert auf der Plattform nicht mehr.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="249"/>
        <source>Could not run again: {0}</source>
        <translation>Erneutes Ausführen nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="251"/>
        <source>Fusion Platform: finding the process</source>
        <translation>Fusion Platform: Prozess wird gesucht</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="267"/>
        <source>Run again: the options of &apos;{0}&apos; are filled in; change the region if you like, then Create to see the price.</source>
        <translation>Erneut ausführen: Die Optionen von „{0}“ sind eingetragen; ändern Sie bei Bedarf die Region und klicken Sie dann auf Erstellen, um den Preis zu sehen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="275"/>
        <source>{0} (run again)</source>
        <translation>{0} (erneut ausgeführt)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="294"/>
        <source>Select the polygons of the new region in a layer first.</source>
        <translation>Wählen Sie zuerst die Polygone der neuen Region in einem Layer aus.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/time_series.py" line="146"/>
        <source>{0} (time series)</source>
        <translation>{0} (Zeitreihe)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="137"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="200"/>
        <source>Could not rename: {0}</source>
        <translation>Umbenennen nicht möglich: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/streaming.py" line="256"/>
        <source>Streamed through GDAL /vsicurl/ from a signed URL that expires at {0}; use &apos;Refresh streamed layers&apos; in the Executions dock to renew it. The signed URL is not saved with the project: it is removed when the project is saved and renewed when the project is opened.</source>
        <translation>Über GDAL /vsicurl/ von einer signierten URL gestreamt, die um {0} abläuft; erneuern Sie sie mit „Gestreamte Layer aktualisieren“ im Bedienfeld „Ausführungen“. Die signierte URL wird nicht mit dem Projekt gespeichert: Sie wird beim Speichern des Projekts entfernt und beim Öffnen erneuert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="208"/>
        <source>This project streams %n layer(s) from the Fusion Platform: log in from the Account dock, then use &apos;Refresh streamed layers&apos;.</source>
        <translation>
            <numerusform>Dieses Projekt streamt %n Layer von der Fusion Platform: melden Sie sich im Bedienfeld Konto an und verwenden Sie dann „Gestreamte Layer aktualisieren“.</numerusform>
            <numerusform>Dieses Projekt streamt %n Layer von der Fusion Platform: melden Sie sich im Bedienfeld Konto an und verwenden Sie dann „Gestreamte Layer aktualisieren“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="129"/>
        <source>%n preview(s); the outputs are on the map: click one to show them.</source>
        <translation>
            <numerusform>%n Vorschau; die Ausgaben sind auf der Karte: Klicken Sie darauf, um sie anzuzeigen.</numerusform>
            <numerusform>%n Vorschauen; die Ausgaben sind auf der Karte: Klicken Sie auf eine, um sie anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="174"/>
        <source>Open the statistics table</source>
        <translation>Statistiktabelle öffnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="97"/>
        <source>When the (first) run is due, in your local time</source>
        <translation>Wann die (erste) Ausführung fällig ist, in Ihrer Ortszeit</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/layer_styles.py" line="178"/>
        <source>Height ({0})</source>
        <translation>Höhe ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="346"/>
        <source>{0} is downloaded: drag it again to drop it into a Processing parameter.</source>
        <translation>{0} ist heruntergeladen: ziehen Sie es erneut, um es in einem Processing-Parameter abzulegen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="165"/>
        <source>Fusion Platform: loading more executions</source>
        <translation>Fusion Platform: weitere Ausführungen werden geladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="489"/>
        <source>Fusion Platform: following a new run</source>
        <translation>Fusion Platform: ein neuer Lauf wird verfolgt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="340"/>
        <source>Fusion Platform: reading an execution</source>
        <translation>Fusion Platform: eine Ausführung wird gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="327"/>
        <source>%n process(es) listed, more below</source>
        <translation>
            <numerusform>%n Prozess aufgelistet, weitere unten</numerusform>
            <numerusform>%n Prozesse aufgelistet, weitere unten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="290"/>
        <source>Output {0}: {1}</source>
        <translation>Ergebnis {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="297"/>
        <source>Added %n layer(s) to the map.</source>
        <translation>
            <numerusform>%n Layer zur Karte hinzugefügt.</numerusform>
            <numerusform>%n Layer zur Karte hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="53"/>
        <source>The run was stopped.</source>
        <translation>Der Lauf wurde gestoppt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="267"/>
        <source>Downloading the outputs…</source>
        <translation>Die Ergebnisse werden heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="213"/>
        <source>Uploading the inputs and creating the process…</source>
        <translation>Die Eingaben werden hochgeladen und der Prozess wird angelegt…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="225"/>
        <source>Fusion Platform: starting {0}</source>
        <translation>Fusion Platform: {0} wird gestartet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="240"/>
        <source>Following the run…</source>
        <translation>Der Lauf wird verfolgt…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="135"/>
        <source>The folder {0} is too deep: the files would need paths longer than Windows allows ({1} characters). Nothing was downloaded; choose a shorter download folder (Settings of the plugin, or the output folder of the algorithm).</source>
        <translation>Der Ordner {0} ist zu tief: Die Dateien bräuchten längere Pfade, als Windows erlaubt ({1} Zeichen). Es wurde nichts heruntergeladen; wählen Sie einen kürzeren Download-Ordner (Einstellungen des Plugins oder Ausgabeordner des Algorithmus).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_states.py" line="62"/>
        <source>Looking for the file of an interrupted upload</source>
        <translation>Datei eines unterbrochenen Hochladens wird gesucht</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_states.py" line="75"/>
        <source>Resume upload</source>
        <translation>Hochladen fortsetzen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="110"/>
        <source>The outputs of &apos;{0}&apos; were being loaded when QGIS closed.</source>
        <translation>Die Ergebnisse von „{0}“ wurden gerade geladen, als QGIS geschlossen wurde.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="114"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="129"/>
        <source>Fusion Platform: removing partial downloads</source>
        <translation>Fusion Platform: unvollständige Downloads werden entfernt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="152"/>
        <source>Uploading…</source>
        <translation>Wird hochgeladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="154"/>
        <source>Upload interrupted</source>
        <translation>Hochladen unterbrochen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="155"/>
        <source>Incomplete: its upload never finished</source>
        <translation>Unvollständig: das Hochladen wurde nie abgeschlossen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="156"/>
        <source>Analysis failed</source>
        <translation>Analyse fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="164"/>
        <source>The upload of this item was interrupted (QGIS closed before it finished). Resume it, or delete the item.</source>
        <translation>Das Hochladen dieses Elements wurde unterbrochen (QGIS wurde vor dem Ende geschlossen). Setzen Sie es fort oder löschen Sie das Element.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="168"/>
        <source>The upload of this item was interrupted and its file or layer is no longer there: delete the item and upload it again.</source>
        <translation>Das Hochladen dieses Elements wurde unterbrochen und seine Datei oder Ebene ist nicht mehr vorhanden: Löschen Sie das Element und laden Sie es erneut hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="173"/>
        <source>This item&apos;s file never arrived completely on the platform: delete it and upload it again.</source>
        <translation>Die Datei dieses Elements ist nie vollständig auf der Plattform angekommen: Löschen Sie es und laden Sie es erneut hoch.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="166"/>
        <source>On the map: {0}</source>
        <translation>Auf der Karte: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="289"/>
        <source>Type: {0}</source>
        <translation>Typ: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="106"/>
        <source>Stop requested: {0}</source>
        <translation>Stopp angefordert: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="396"/>
        <source>Aggregator</source>
        <translation>Aggregator</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="398"/>
        <source>Slice {0} of {1}</source>
        <translation>Teil {0} von {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="61"/>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="409"/>
        <source>Duration: {0}</source>
        <translation>Dauer: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="146"/>
        <source>Finished: {0}</source>
        <translation>Fertig: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="69"/>
        <source>Already on the map: {0}</source>
        <translation>Bereits auf der Karte: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="173"/>
        <source>Open table</source>
        <translation>Tabelle öffnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="65"/>
        <source>Last run: {0}</source>
        <translation>Letzte Ausführung: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="131"/>
        <source>Add the styled outputs to the map</source>
        <translation>Gestaltete Ergebnisse zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="132"/>
        <source>Styled and grouped as the Executions dock loads them.</source>
        <translation>Gestaltet und gruppiert wie im Bedienfeld Ausführungen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="519"/>
        <source>Not executed.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="474"/>
        <source>{0} was not executed.</source>
        <translation>{0} wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="145"/>
        <source>Run details…</source>
        <translation>Laufdetails…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="115"/>
        <source>Compare with the run of…</source>
        <translation>Mit dem Lauf von … vergleichen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="60"/>
        <source>Run details: {0}</source>
        <translation>Laufdetails: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="68"/>
        <source>Copy as Python</source>
        <translation>Als Python kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="70"/>
        <source>The script that makes and runs this process again with the SDK&apos;s interface</source>
        <translation>Das Skript, das diesen Prozess mit der Schnittstelle des SDK erneut anlegt und ausführt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="72"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="103"/>
        <source>The run&apos;s details are on the clipboard as JSON.</source>
        <translation>Die Laufdetails sind als JSON in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="122"/>
        <source>Compare &apos;{0}&apos; with the run of:</source>
        <translation>„{0}“ vergleichen mit dem Lauf von:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="147"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="126"/>
        <source>Other run</source>
        <translation>Anderer Lauf</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="144"/>
        <source>No other output layer of the Fusion Platform is loaded.</source>
        <translation>Keine andere Ergebnisebene der Fusion Platform ist geladen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="153"/>
        <source>Both runs used the same service, options and region.</source>
        <translation>Beide Läufe nutzten denselben Dienst, dieselben Optionen und dieselbe Region.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_tree.py" line="280"/>
        <source>Show log…</source>
        <translation>Protokoll anzeigen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="26"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="29"/>
        <source>Ask before any run over this many credits (0 = never ask). A run the balance cannot pay is always refused before it reaches the platform.</source>
        <translation>Vor jedem Lauf über so vielen Credits fragen (0 = nie fragen). Ein Lauf, den das Guthaben nicht bezahlen kann, wird immer abgelehnt, bevor er die Plattform erreicht.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="103"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="39"/>
        <source>Ask before any run over</source>
        <translation>Fragen vor jedem Lauf über</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="45"/>
        <source>Log in and pick an organisation to set its threshold here.</source>
        <translation>Melden Sie sich an und wählen Sie eine Organisation, um hier ihre Schwelle festzulegen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="63"/>
        <source> credits</source>
        <translation> Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="64"/>
        <source>never ask</source>
        <translation>nie fragen</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="55"/>
        <source>Credits spent over the last %n month(s): {0}</source>
        <translation>
            <numerusform>Im letzten %n Monat ausgegebene Credits: {0}</numerusform>
            <numerusform>In den letzten %n Monaten ausgegebene Credits: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="94"/>
        <source>{0}: {1} credits</source>
        <translation>{0}: {1} Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="102"/>
        <source>Spending</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="182"/>
        <source>This month&apos;s runs could not be read.</source>
        <translation>Die Läufe dieses Monats konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="184"/>
        <source>Reading this month&apos;s runs</source>
        <translation>Läufe dieses Monats werden gelesen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="189"/>
        <source>This month: {0} credits spent</source>
        <translation>Diesen Monat: {0} Credits ausgegeben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="191"/>
        <source>No runs this month.</source>
        <translation>Keine Läufe in diesem Monat.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="193"/>
        <source>{0}: %n run(s), {1} credits</source>
        <translation>
            <numerusform>{0}: %n Lauf, {1} Credits</numerusform>
            <numerusform>{0}: %n Läufe, {1} Credits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="84"/>
        <source>Price: {0} credits</source>
        <translation>Preis: {0} Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="85"/>
        <source>Price: {0} credits · balance after: {1} credits</source>
        <translation>Preis: {0} Credits · Guthaben danach: {1} Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="91"/>
        <source>the run costs {0} credits but the organisation has {1}; nothing was sent to the platform.</source>
        <translation>der Lauf kostet {0} Credits, die Organisation hat aber nur {1}; nichts wurde an die Plattform gesendet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="98"/>
        <source>'{0}' costs {1} credits, more than the {2} credits you asked to confirm (Options ▸ Fusion Platform). The balance after it will be {3} credits. Run it?</source>
        <translation>„{0}“ kostet {1} Credits, mehr als die {2} Credits, ab denen Sie gefragt werden wollten (Optionen ▸ Fusion Platform). Das Guthaben danach beträgt {3} Credits. Ausführen?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="106"/>
        <source>The run costs {0} credits, more than the {1} credits set in Options ▸ Fusion Platform for runs without confirmation. Raise the threshold or start it from the process editor. Nothing was run.</source>
        <translation>Der Lauf kostet {0} Credits, mehr als die {1} Credits, die unter Optionen ▸ Fusion Platform für Läufe ohne Rückfrage festgelegt sind. Erhöhen Sie die Schwelle oder starten Sie ihn im Prozess-Editor. Nichts wurde ausgeführt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="206"/>
        <source>{0} credits usable for anything (runs, storage)</source>
        <translation>{0} Credits für alles nutzbar (Läufe, Speicher)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="207"/>
        <source>{0} credits only for running services (any service)</source>
        <translation>{0} Credits nur für das Ausführen von Diensten (jeder Dienst)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="208"/>
        <source>{0} credits only for keeping outputs in cloud storage</source>
        <translation>{0} Credits nur für das Aufbewahren von Ergebnissen im Cloud-Speicher</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="209"/>
        <source>{0} credits only for storing service images in the registry</source>
        <translation>{0} Credits nur für das Speichern von Dienst-Images in der Registry</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="219"/>
        <source>{0} credits only for running {1}</source>
        <translation>{0} Credits nur für das Ausführen von {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="60"/>
        <source>Fusion Platform run: {0}</source>
        <translation>Fusion-Platform-Lauf: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="62"/>
        <source>Queued: waiting for the platform to start it.</source>
        <translation>In der Warteschlange: die Plattform hat ihn noch nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="64"/>
        <source>Running: {0} % done.</source>
        <translation>Läuft: {0} % erledigt.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="66"/>
        <source>Succeeded.</source>
        <translation>Erfolgreich.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="68"/>
        <source>Failed: {0}</source>
        <translation>Fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="70"/>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="75"/>
        <source>Click to show the run in the Executions panel.</source>
        <translation>Klicken, um den Lauf im Bedienfeld Ausführungen zu zeigen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="84"/>
        <source>{0} credits (this execution&apos;s share of {1} credits for a group of {2})</source>
        <translation>{0} Credits (der Anteil dieser Ausführung an {1} Credits für eine Gruppe von {2})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="141"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="100"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="150"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="102"/>
        <source>Price charged</source>
        <translation>Berechneter Preis</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="104"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="105"/>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="106"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="152"/>
        <source>Data date</source>
        <translation>Datendatum</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="108"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="109"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="118"/>
        <source>Show the run in the Executions panel</source>
        <translation>Den Lauf im Bedienfeld Ausführungen zeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="122"/>
        <source>Show the process&apos;s runs in the Executions panel</source>
        <translation>Die Läufe des Prozesses im Bedienfeld Ausführungen zeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="146"/>
        <source>Option {0}</source>
        <translation>Option {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="113"/>
        <source>Count older processes too</source>
        <translation>Auch ältere Prozesse zählen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="195"/>
        <source>(counted over the newest processes)</source>
        <translation>(über die neuesten Prozesse gezählt)</translation>
    </message>
</context>
<context>
    <name>AccountDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="6"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="12"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="18"/>
        <source>The Fusion Platform server to connect to</source>
        <translation>Der Server der Fusion Platform, mit dem verbunden wird</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="23"/>
        <source>Add a connection to another server</source>
        <translation>Eine Verbindung zu einem anderen Server hinzufügen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="24"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="29"/>
        <source>Edit the selected connection</source>
        <translation>Die gewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="30"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="35"/>
        <source>Remove the selected connection</source>
        <translation>Die gewählte Verbindung entfernen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="36"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="69"/>
        <source>SSL settings…</source>
        <translation>SSL-Einstellungen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="70"/>
        <source>Open QGIS&apos;s authentication and SSL settings to trust a certificate authority</source>
        <translation>Die Authentifizierungs- und SSL-Einstellungen von QGIS öffnen, um einer Zertifizierungsstelle zu vertrauen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="75"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="76"/>
        <source>Copy the technical details (without any password or token) to the clipboard</source>
        <translation>Die technischen Details (ohne Passwort oder Token) in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="81"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="98"/>
        <source>E-mail or user id</source>
        <translation>E-Mail oder Benutzerkennung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="103"/>
        <source>me@example.com</source>
        <translation>me@example.com</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="108"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="120"/>
        <source>Remember me (in the QGIS authentication database)</source>
        <translation>Zugangsdaten merken (in der QGIS-Authentifizierungsdatenbank)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="125"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="131"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="159"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="167"/>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="174"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="180"/>
        <source>Refresh the organisation&apos;s credits</source>
        <translation>Die Credits der Organisation aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="181"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="190"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="196"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="204"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="212"/>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="217"/>
        <source>+44 7700 900000</source>
        <translation>+44 7700 900000</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="224"/>
        <source>E-mail me about:</source>
        <translation>Mich per E-Mail informieren über:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="229"/>
        <source>Service status</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="234"/>
        <source>My account</source>
        <translation>Mein Konto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="239"/>
        <source>My processes and executions</source>
        <translation>Meine Prozesse und Ausführungen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="244"/>
        <source>New features</source>
        <translation>Neue Funktionen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="249"/>
        <source>Contact from D-CAT</source>
        <translation>Kontaktaufnahme durch D-CAT</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="256"/>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="266"/>
        <source>Save details</source>
        <translation>Angaben speichern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="278"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="283"/>
        <source>Forget me</source>
        <translation>Zugangsdaten vergessen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="284"/>
        <source>Log out and remove the remembered credentials from the QGIS authentication database</source>
        <translation>Abmelden und die gespeicherten Zugangsdaten aus der QGIS-Authentifizierungsdatenbank entfernen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="6"/>
        <source>Fusion Platform connection</source>
        <translation>Verbindung zur Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="11"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="17"/>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="20"/>
        <source>https://api.example.com</source>
        <translation>https://api.example.com</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="27"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>DataDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="6"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="14"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um die Daten Ihrer Organisation zu sehen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="22"/>
        <source>Search data…</source>
        <translation>Daten suchen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="28"/>
        <source>Match names that start with the text, or search all text fields</source>
        <translation>Namen finden, die mit dem Text beginnen, oder alle Textfelder durchsuchen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="30"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="35"/>
        <source>Sort order</source>
        <translation>Sortierreihenfolge</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="36"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="37"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="38"/>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="39"/>
        <source>Name Z–A</source>
        <translation>Name Z–A</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="44"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="45"/>
        <source>Reload the organisation&apos;s data</source>
        <translation>Die Daten der Organisation neu laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="80"/>
        <source>Drag a data item onto the map or the layer list to load it</source>
        <translation>Ziehen Sie einen Datensatz auf die Karte oder die Layerliste, um ihn zu laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="82"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="83"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="97"/>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="118"/>
        <source>Load more</source>
        <translation>Mehr laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="62"/>
        <source>Add to map</source>
        <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="63"/>
        <source>Download…</source>
        <translation>Herunterladen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="64"/>
        <source>STAC…</source>
        <translation>STAC…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="65"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="66"/>
        <source>Copy…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="67"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="55"/>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="56"/>
        <source>Upload a layer, its selection, a drawn shape, the map extent or files as a data item</source>
        <translation>Einen Layer, seine Auswahl, eine gezeichnete Form, die Kartenausdehnung oder Dateien als Datensatz hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="134"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="155"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="160"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="165"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="62"/>
        <source>Add the selected data to the map</source>
        <translation>Die gewählten Daten zur Karte hinzufügen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="63"/>
        <source>Download the selected data&apos;s files to a folder</source>
        <translation>Die Dateien der gewählten Daten in einen Ordner herunterladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="64"/>
        <source>Show the selected item&apos;s STAC metadata</source>
        <translation>Die STAC-Metadaten des gewählten Elements anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="65"/>
        <source>Rename the selected item</source>
        <translation>Das gewählte Element umbenennen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="66"/>
        <source>Copy the selected item on the platform</source>
        <translation>Das gewählte Element auf der Plattform kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="67"/>
        <source>Delete the selected data from the platform</source>
        <translation>Die gewählten Daten von der Plattform löschen</translation>
    </message>
</context>
<context>
    <name>ExecutionsDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="6"/>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="26"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um Ausführungen zu verfolgen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="12"/>
        <source>Show the executions of every process of the organisation, or of one process</source>
        <translation>Die Ausführungen aller Prozesse der Organisation oder eines einzelnen Prozesses anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="18"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="19"/>
        <source>Reload the executions from the Fusion Platform</source>
        <translation>Die Ausführungen von der Fusion Platform neu laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="130"/>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="131"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="132"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="133"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="134"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="135"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="95"/>
        <source>Components of the selected execution</source>
        <translation>Komponenten der gewählten Ausführung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="102"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="103"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="35"/>
        <source>Load outputs</source>
        <translation>Ausgaben laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="47"/>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="53"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="59"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="133"/>
        <source>Delete after</source>
        <translation>Löschen nach</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="139"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="144"/>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="145"/>
        <source>Change when the platform deletes this execution (applies to its whole group)</source>
        <translation>Ändern, wann die Plattform diese Ausführung löscht (gilt für die ganze Gruppe)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="155"/>
        <source>Load outputs automatically when an execution finishes</source>
        <translation>Ausgaben automatisch laden, wenn eine Ausführung endet</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="161"/>
        <source>Downloading outputs… %p%</source>
        <translation>Ausgaben werden heruntergeladen… %p%</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="109"/>
        <source>Previews of the outputs appear here when a finished run is selected.</source>
        <translation>Vorschauen der Ausgaben erscheinen hier, wenn ein abgeschlossener Lauf gewählt ist.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="115"/>
        <source>Previews of the selected run&apos;s outputs (nothing is downloaded yet): click one to load the outputs</source>
        <translation>Vorschauen der Ausgaben des gewählten Laufs (noch nichts heruntergeladen): Klicken Sie auf eine, um die Ausgaben zu laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="41"/>
        <source>Load as time series</source>
        <translation>Als Zeitreihe laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="66"/>
        <source>Refresh streamed layers</source>
        <translation>Gestreamte Layer aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="82"/>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="83"/>
        <source>List the runs of the next page of processes (scrolling to the bottom does it too)</source>
        <translation>Die Läufe der nächsten Seite von Prozessen auflisten (Scrollen bis ganz unten tut es auch)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="36"/>
        <source>Add the outputs of the selected run to the map, styled (downloaded once)</source>
        <translation>Die Ergebnisse der gewählten Ausführung gestaltet zur Karte hinzufügen (einmal heruntergeladen)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="42"/>
        <source>Load every successful run of this repeating process as dated layers in one group, for the Temporal Controller</source>
        <translation>Jede erfolgreiche Ausführung dieses wiederkehrenden Prozesses als datierte Layer in einer Gruppe laden, für die Zeitsteuerung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="48"/>
        <source>Show the log of the selected run</source>
        <translation>Das Protokoll der gewählten Ausführung anzeigen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="54"/>
        <source>Stop the run: running executions are aborted (partial charges apply)</source>
        <translation>Die Ausführung stoppen: laufende Ausführungen werden abgebrochen (Teilkosten fallen an)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="60"/>
        <source>Delete the run (or the whole group) and its outputs on the platform</source>
        <translation>Die Ausführung (oder die ganze Gruppe) und ihre Ergebnisse auf der Plattform löschen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="67"/>
        <source>Renew the links of the layers of this project that stream their data from the platform (links expire after about an hour)</source>
        <translation>Die Links der Layer dieses Projekts erneuern, die ihre Daten von der Plattform streamen (Links laufen nach etwa einer Stunde ab)</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="6"/>
        <source>Execution log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="12"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="20"/>
        <source>Search the log…</source>
        <translation>Protokoll durchsuchen…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="46"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="47"/>
        <source>Copy the lines shown to the clipboard</source>
        <translation>Die angezeigten Zeilen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="52"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="53"/>
        <source>Save the lines shown to a text file</source>
        <translation>Die angezeigten Zeilen in einer Textdatei speichern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="58"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="10"/>
        <source>Default connection</source>
        <translation>Standardverbindung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="16"/>
        <source>Check executions every</source>
        <translation>Ausführungen prüfen alle</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="20"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="26"/>
        <source>Download folder</source>
        <translation>Download-Ordner</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="32"/>
        <source>Load outputs into the project automatically</source>
        <translation>Ausgaben automatisch ins Projekt laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="35"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="41"/>
        <source>Stream GeoTIFF outputs larger than</source>
        <translation>GeoTIFF-Ausgaben streamen, wenn größer als</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="45"/>
        <source>Never (always download)</source>
        <translation>Nie (immer herunterladen)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="46"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="51"/>
        <source>Instead of downloading them, add GeoTIFF outputs larger than this as layers read directly from the platform through GDAL&apos;s /vsicurl/ (0 = never, always download). Warning: the layer&apos;s source then holds a signed download URL - a credential that lets anyone read the file until it expires (about an hour) - but it is never saved in the project file (it is removed on save and renewed when the project is opened). Use &quot;Refresh streamed layers&quot; in the Executions dock to renew expired URLs. GDAL does the HTTP: QGIS&apos;s proxy settings are copied into GDAL&apos;s options, its extra certificates and timeout are not.</source>
        <translation>Statt sie herunterzuladen, GeoTIFF-Ausgaben, die größer sind, als Layer hinzufügen, die über GDALs /vsicurl/ direkt von der Plattform gelesen werden (0 = nie, immer herunterladen). Achtung: Die Layerquelle enthält dann eine signierte Download-URL – ein Zugangsnachweis, mit dem jeder die Datei bis zum Ablauf (etwa eine Stunde) lesen kann –, sie wird aber nie in der Projektdatei gespeichert (sie wird beim Speichern entfernt und beim Öffnen des Projekts erneuert). Verwenden Sie „Gestreamte Layer aktualisieren“ im Bedienfeld „Ausführungen“, um abgelaufene URLs zu erneuern. GDAL führt die HTTP-Anfragen aus: Die Proxy-Einstellungen von QGIS werden in die GDAL-Optionen übernommen, zusätzliche Zertifikate und das Zeitlimit nicht.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="6"/>
        <source>Change Fusion Platform password</source>
        <translation>Passwort für die Fusion Platform ändern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="11"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="17"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="23"/>
        <source>Repeat new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="39"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>ProcessEditor</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="6"/>
        <source>Fusion Platform process</source>
        <translation>Prozess der Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="10"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="18"/>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="22"/>
        <source>A name for this process, shown in the Processes dock</source>
        <translation>Ein Name für diesen Prozess, angezeigt im Bedienfeld „Prozesse“</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="27"/>
        <source>color: #c0392b;</source>
        <translation>color: #c0392b;</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="41"/>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="47"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="53"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="59"/>
        <source>Dispatchers</source>
        <translation>Versand</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="73"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="78"/>
        <source>Type a name and press Save to keep the current options and inputs for this service</source>
        <translation>Geben Sie einen Namen ein und klicken Sie auf „Speichern“, um die aktuellen Optionen und Eingaben für diesen Dienst zu behalten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="83"/>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="86"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="90"/>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="91"/>
        <source>Put every option back to the service&apos;s default</source>
        <translation>Jede Option auf den Standardwert des Dienstes zurücksetzen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="99"/>
        <source>Price: known after Create</source>
        <translation>Preis: bekannt nach „Erstellen“</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="117"/>
        <source>Copy as Python</source>
        <translation>Als Python kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="118"/>
        <source>Put the equivalent client script on the clipboard</source>
        <translation>Das entsprechende Client-Skript in die Zwischenablage legen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="126"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="127"/>
        <source>Check the process on the platform and get its price</source>
        <translation>Den Prozess auf der Plattform prüfen und seinen Preis ermitteln</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="132"/>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="137"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ProcessesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="6"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="10"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um Ihre Prozesse zu sehen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="132"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="133"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="134"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="136"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="24"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="18"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="18"/>
        <source>Open the process in the editor</source>
        <translation>Den Prozess im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="19"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="19"/>
        <source>Open a copy of the process in the editor</source>
        <translation>Eine Kopie des Prozesses im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="20"/>
        <source>Execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="21"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="22"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="38"/>
        <source>More…</source>
        <translation>Mehr…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="39"/>
        <source>List the next page of processes (scrolling to the bottom does it too)</source>
        <translation>Die nächste Seite von Prozessen auflisten (Scrollen bis ganz unten tut es auch)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="135"/>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="22"/>
        <source>Delete the process and its runs on the platform</source>
        <translation>Den Prozess und seine Ausführungen auf der Plattform löschen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="24"/>
        <source>Reload the processes from the Fusion Platform</source>
        <translation>Die Prozesse von der Fusion Platform neu laden</translation>
    </message>
</context>
<context>
    <name>ServicesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="6"/>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="10"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation>Melden Sie sich im Bedienfeld „Konto“ an, um die Dienste zu durchsuchen.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="19"/>
        <source>Search name, keyword or text</source>
        <translation>Name, Schlüsselwort oder Text suchen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="24"/>
        <source>Group the services by category or by keyword</source>
        <translation>Die Dienste nach Kategorie oder Schlüsselwort gruppieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="25"/>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="26"/>
        <source>By keyword</source>
        <translation>Nach Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="31"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="32"/>
        <source>Reload the services from the platform</source>
        <translation>Die Dienste von der Plattform neu laden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="42"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="56"/>
        <source>New process…</source>
        <translation>Neuer Prozess…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="58"/>
        <source>Open the process editor for the selected service</source>
        <translation>Den Prozesseditor für den gewählten Dienst öffnen</translation>
    </message>
</context>
<context>
    <name>StacDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="6"/>
        <source>STAC metadata</source>
        <translation>STAC-Metadaten</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="10"/>
        <source>The STAC collection of the data item, or the STAC item of one of its files</source>
        <translation>Die STAC-Collection des Datensatzes oder das STAC-Item einer seiner Dateien</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="24"/>
        <source>Save to folder…</source>
        <translation>In Ordner speichern…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="27"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="6"/>
        <source>Upload a layer to Fusion Platform</source>
        <translation>Layer zur Fusion Platform hochladen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="12"/>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="18"/>
        <source>Polygon layers are uploaded as GeoJSON in EPSG:4326, raster layers as GeoTIFF</source>
        <translation>Polygonlayer werden als GeoJSON in EPSG:4326 hochgeladen, Rasterlayer als GeoTIFF</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="23"/>
        <source>Selected features only</source>
        <translation>Nur gewählte Objekte</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="28"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="34"/>
        <source>Name of the new data item on the platform</source>
        <translation>Name des neuen Datenelements auf der Plattform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="44"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="52"/>
        <source>Use the suggested ASCII name</source>
        <translation>Den vorgeschlagenen ASCII-Namen verwenden</translation>
    </message>
</context>
</TS>
