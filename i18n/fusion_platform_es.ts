<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>@default</name>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="106"/>
        <source>Fusion Platform Account</source>
        <translation>Cuenta de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="49"/>
        <source>The QGIS authentication database is not available.</source>
        <translation>La base de datos de autenticación de QGIS no está disponible.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="191"/>
        <source>Your session has expired: log in again.</source>
        <translation>Su sesión ha caducado: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/time_series.py" line="146"/>
        <source>Fusion Platform</source>
        <translation>Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="242"/>
        <source>The local sandbox is a practice Fusion Platform on this computer ({0}) with synthetic data, for training and trying things out; nothing costs real credits. It must be running before you log in (the developers&apos; &apos;make run&apos; starts it). Demo account: demo@example.com.</source>
        <translation>El entorno de pruebas local es una Fusion Platform de práctica en este ordenador ({0}) con datos sintéticos, para formarse y hacer pruebas; nada cuesta créditos reales. Debe estar en marcha antes de iniciar sesión (el «make run» de los desarrolladores lo inicia). Cuenta de demostración: demo@example.com.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="248"/>
        <source>Server: {0}</source>
        <translation>Servidor: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="284"/>
        <source>Remove the connection &apos;{0}&apos; and its remembered credentials?</source>
        <translation>¿Eliminar la conexión «{0}» y sus credenciales recordadas?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="297"/>
        <source>Enter your e-mail address (or user id) and your password.</source>
        <translation>Introduzca su dirección de correo electrónico (o id. de usuario) y su contraseña.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="355"/>
        <source>Logged in, but the credentials could not be remembered: {0}</source>
        <translation>Sesión iniciada, pero no se pudieron recordar las credenciales: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="368"/>
        <source>Could not reconnect to {0} automatically: {1}</source>
        <translation>No se pudo volver a conectar automáticamente a {0}: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="407"/>
        <source>Connected to {0} as {1}.</source>
        <translation>Conectado a {0} como {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="446"/>
        <source>Logged out; the remembered credentials for {0} were removed.</source>
        <translation>Sesión cerrada; se han eliminado las credenciales recordadas de {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="466"/>
        <source>Logged in to {0} as {1} ({2}).</source>
        <translation>Sesión iniciada en {0} como {1} ({2}).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.py" line="508"/>
        <source>Reading the organisation&apos;s credits</source>
        <translation>Leyendo los créditos de la organización</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="60"/>
        <source>{0} credits</source>
        <translation>{0} créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="89"/>
        <source>Enter your given name and family name.</source>
        <translation>Introduzca su nombre y sus apellidos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="99"/>
        <source>Your details were saved.</source>
        <translation>Se han guardado sus datos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="101"/>
        <source>Saving your details</source>
        <translation>Guardando sus datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="144"/>
        <source>Your password was changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_profile.py" line="158"/>
        <source>Changing your password</source>
        <translation>Cambiando su contraseña</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="25"/>
        <source>Enter a name for the connection.</source>
        <translation>Introduzca un nombre para la conexión.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="27"/>
        <source>A connection name cannot contain &apos;/&apos; or &apos;\&apos;.</source>
        <translation>El nombre de una conexión no puede contener «/» ni «\».</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="34"/>
        <source>&apos;{0}&apos; is a built-in connection; choose another name.</source>
        <translation>«{0}» es una conexión predefinida; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="37"/>
        <source>A connection named &apos;{0}&apos; already exists.</source>
        <translation>Ya existe una conexión llamada «{0}».</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="40"/>
        <source>Enter the API address as http(s)://host[:port][/path].</source>
        <translation>Introduzca la dirección de la API como http(s)://servidor[:puerto][/ruta].</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="42"/>
        <source>The API address cannot carry a query (?…) or fragment (#…).</source>
        <translation>La dirección de la API no puede llevar una consulta (?…) ni un fragmento (#…).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.py" line="45"/>
        <source>The API address cannot contain a user name or password; enter them when you log in.</source>
        <translation>La dirección de la API no puede contener un nombre de usuario ni una contraseña; introdúzcalos al iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="109"/>
        <source>Fusion Platform Data</source>
        <translation>Datos de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="108"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="126"/>
        <source>Upload files</source>
        <translation>Subir archivos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="126"/>
        <source>Geodata (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;All files (*)</source>
        <translation>Datos geográficos (*.geojson *.json *.kml *.kmz *.tif *.tiff *.csv *.shp *.zip *.gpkg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="131"/>
        <source>Data of {0}</source>
        <translation>Datos de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="140"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation>Inicie sesión desde el panel Cuenta para ver los datos de su organización.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="145"/>
        <source>Listing data</source>
        <translation>Listando los datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="292"/>
        <source>Created {0}</source>
        <translation>Creado el {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="187"/>
        <source>%n data item(s)</source>
        <translation>
            <numerusform>%n conjunto de datos</numerusform>
            <numerusform>%n conjuntos de datos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="238"/>
        <source>Reading files of {0}</source>
        <translation>Leyendo los archivos de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="91"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="59"/>
        <source>Loading preview…</source>
        <translation>Cargando la vista previa…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="84"/>
        <source>Fetching preview of {0}</source>
        <translation>Obteniendo la vista previa de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="187"/>
        <source>Rename data</source>
        <translation>Renombrar datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="187"/>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="195"/>
        <source>Renaming {0}</source>
        <translation>Renombrando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="195"/>
        <source>Renamed to {0}</source>
        <translation>Renombrado a {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Copy data</source>
        <translation>Copiar datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="206"/>
        <source>Copy of {0}</source>
        <translation>Copia de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="212"/>
        <source>Copied {0} to {1}</source>
        <translation>{0} copiado a {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="214"/>
        <source>Copying {0}</source>
        <translation>Copiando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="221"/>
        <source>Delete the data item &apos;{0}&apos; from the platform? This cannot be undone.</source>
        <translation>¿Eliminar el conjunto de datos «{0}» de la plataforma? Esta acción no se puede deshacer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="223"/>
        <source>Delete these %n data items from the platform? This cannot be undone.

{0}</source>
        <translation>
            <numerusform>¿Eliminar este conjunto de datos (%n) de la plataforma? Esta acción no se puede deshacer.

{0}</numerusform>
            <numerusform>¿Eliminar estos %n conjuntos de datos de la plataforma? Esta acción no se puede deshacer.

{0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="245"/>
        <source>{0} deleted; not deleted: {1}</source>
        <translation>{0} eliminado; sin eliminar: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="250"/>
        <source>Deleted %n data item(s)</source>
        <translation>
            <numerusform>%n conjunto de datos eliminado</numerusform>
            <numerusform>%n conjuntos de datos eliminados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="252"/>
        <source>Deleting data</source>
        <translation>Eliminando datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="258"/>
        <source>Download data to</source>
        <translation>Descargar los datos en</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="268"/>
        <source>Downloading data</source>
        <translation>Descargando datos</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="268"/>
        <source>Downloaded %n file(s) to {0}</source>
        <translation>
            <numerusform>%n archivo descargado en {0}</numerusform>
            <numerusform>%n archivos descargados en {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="282"/>
        <source>Added {0} to the map</source>
        <translation>{0} añadido al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="309"/>
        <source>Finding {0}</source>
        <translation>Buscando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="307"/>
        <source>That data item no longer exists.</source>
        <translation>Ese conjunto de datos ya no existe.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="334"/>
        <source>Reading STAC of {0}</source>
        <translation>Leyendo el STAC de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="56"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="90"/>
        <source>Repair geometries and upload</source>
        <translation>Reparar las geometrías y subir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_messages.py" line="92"/>
        <source>Simplify and upload</source>
        <translation>Simplificar y subir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="131"/>
        <source>Use &apos;{0}&apos;</source>
        <translation>Usar «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="54"/>
        <source>Layer…</source>
        <translation>Capa…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="55"/>
        <source>Selected features of the active layer</source>
        <translation>Entidades seleccionadas de la capa activa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="56"/>
        <source>Active layer (all features)</source>
        <translation>Capa activa (todas las entidades)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="57"/>
        <source>Draw a rectangle on the map</source>
        <translation>Dibujar un rectángulo en el mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="58"/>
        <source>Draw a polygon on the map</source>
        <translation>Dibujar un polígono en el mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="59"/>
        <source>Current map extent</source>
        <translation>Extensión actual del mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="60"/>
        <source>Files on disk…</source>
        <translation>Archivos en disco…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="79"/>
        <source>Select a layer in the Layers panel first.</source>
        <translation>Seleccione primero una capa en el panel Capas.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="93"/>
        <source>Only vector and raster layers can be uploaded.</source>
        <translation>Solo se pueden subir capas vectoriales y ráster.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="105"/>
        <source>Drawn region</source>
        <translation>Región dibujada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="113"/>
        <source>Map extent</source>
        <translation>Extensión del mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="140"/>
        <source>Upload region</source>
        <translation>Subir región</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="140"/>
        <source>Name of the new data item:</source>
        <translation>Nombre del nuevo conjunto de datos:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="166"/>
        <source>Log in first (Account dock).</source>
        <translation>Inicie sesión primero (panel Cuenta).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_upload.py" line="169"/>
        <source>An upload is already running; wait for it or cancel it.</source>
        <translation>Ya hay una subida en curso; espere a que termine o cancélela.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.py" line="175"/>
        <source>Uploaded {0}</source>
        <translation>{0} subido</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="98"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="108"/>
        <source>Created: {0}</source>
        <translation>Creado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="111"/>
        <source>Bounds (lon/lat): {0}</source>
        <translation>Límites (lon/lat): {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="113"/>
        <source>Loading files…</source>
        <translation>Cargando archivos…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="116"/>
        <source>No files.</source>
        <translation>Sin archivos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="291"/>
        <source>Size: {0}</source>
        <translation>Tamaño: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="122"/>
        <source>CRS: {0}</source>
        <translation>SRC: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="124"/>
        <source>Bounds: {0}</source>
        <translation>Límites: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="126"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punto</numerusform>
            <numerusform>%n puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="127"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="128"/>
        <source>%n polygon(s)</source>
        <translation>
            <numerusform>%n polígono</numerusform>
            <numerusform>%n polígonos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="132"/>
        <source>Features: {0}</source>
        <translation>Entidades: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="134"/>
        <source>Bands: {0}</source>
        <translation>Bandas: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="136"/>
        <source>Resolution: {0} m</source>
        <translation>Resolución: {0} m</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_details.py" line="138"/>
        <source>analysis failed</source>
        <translation>el análisis ha fallado</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="153"/>
        <source>Being analysed…</source>
        <translation>Analizándose…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="54"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="51"/>
        <source>Succeeded</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="52"/>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="53"/>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="120"/>
        <source>Fusion Platform Executions</source>
        <translation>Ejecuciones de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.py" line="201"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation>Inicie sesión desde el panel Cuenta para seguir las ejecuciones.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/context.py" line="56"/>
        <source>You are no longer logged in: log in from the Account dock, then try again.</source>
        <translation>Ya no tiene la sesión iniciada: inicie sesión desde el panel Cuenta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="110"/>
        <source>Loading executions…</source>
        <translation>Cargando ejecuciones…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="182"/>
        <source>Could not load the executions: {0}</source>
        <translation>No se pudieron cargar las ejecuciones: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="136"/>
        <source>Fusion Platform: loading executions</source>
        <translation>Fusion Platform: cargando ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="197"/>
        <source>All processes</source>
        <translation>Todos los procesos</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="264"/>
        <source>%n run(s), {0} running</source>
        <translation>
            <numerusform>%n ejecución, {0} en curso</numerusform>
            <numerusform>%n ejecuciones, {0} en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="264"/>
        <source>No executions yet: execute a process from the Processes dock.</source>
        <translation>Todavía no hay ejecuciones: ejecute un proceso desde el panel Procesos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="387"/>
        <source>{0} (group of %n slice(s) + aggregator)</source>
        <translation>
            <numerusform>{0} (grupo de %n porción + agregador)</numerusform>
            <numerusform>{0} (grupo de %n porciones + agregador)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="161"/>
        <source>A process</source>
        <translation>Un proceso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="148"/>
        <source>Load outputs</source>
        <translation>Cargar salidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="139"/>
        <source>Show log</source>
        <translation>Mostrar registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="167"/>
        <source>Run stopped: {0}</source>
        <translation>Ejecución detenida: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="208"/>
        <source>&apos;{0}&apos; failed: {1}</source>
        <translation>«{0}» ha fallado: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="68"/>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="200"/>
        <source>unknown component</source>
        <translation>componente desconocido</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="201"/>
        <source>&apos;{0}&apos; failed in {1}: {2}</source>
        <translation>«{0}» ha fallado en {1}: {2}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="216"/>
        <source>Fusion Platform: reading the failure</source>
        <translation>Fusion Platform: leyendo el fallo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/components.py" line="72"/>
        <source>Fusion Platform: loading components</source>
        <translation>Fusion Platform: cargando componentes</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="64"/>
        <source>Previews of the outputs appear here when a finished run is selected.</source>
        <translation>Las vistas previas de las salidas aparecen aquí al seleccionar una ejecución terminada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="64"/>
        <source>Previews appear when the run has finished successfully.</source>
        <translation>Las vistas previas aparecen cuando la ejecución ha terminado correctamente.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="85"/>
        <source>Loading previews…</source>
        <translation>Cargando vistas previas…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="105"/>
        <source>Could not load the previews: {0}</source>
        <translation>No se pudieron cargar las vistas previas: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="107"/>
        <source>Fusion Platform: fetching previews</source>
        <translation>Fusion Platform: obteniendo vistas previas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="117"/>
        <source>{0} #{1}</source>
        <translation>{0} n.º {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="119"/>
        <source>{0}
{1} - {2}
Click to load the outputs</source>
        <translation>{0}
{1} - {2}
Haga clic para cargar las salidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="133"/>
        <source>%n preview(s) (nothing downloaded yet): click one to load the outputs.</source>
        <translation>
            <numerusform>%n vista previa (todavía no se ha descargado nada): haga clic en ella para cargar las salidas.</numerusform>
            <numerusform>%n vistas previas (todavía no se ha descargado nada): haga clic en una para cargar las salidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="127"/>
        <source>The platform has no previews of these outputs.</source>
        <translation>La plataforma no tiene vistas previas de estas salidas.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="77"/>
        <source>Log of &apos;{0}&apos;</source>
        <translation>Registro de «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="83"/>
        <source>Fusion Platform: reading the log</source>
        <translation>Fusion Platform: leyendo el registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="83"/>
        <source>Could not read the log: {0}</source>
        <translation>No se pudo leer el registro: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="113"/>
        <source>Fusion Platform: stopping</source>
        <translation>Fusion Platform: deteniendo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="113"/>
        <source>Could not stop: {0}</source>
        <translation>No se pudo detener: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="131"/>
        <source>Delete this execution and its outputs on the Fusion Platform?</source>
        <translation>¿Eliminar esta ejecución y sus salidas en Fusion Platform?</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="131"/>
        <source>Delete these %n executions (the whole group) and their outputs on the Fusion Platform?</source>
        <translation>
            <numerusform>¿Eliminar esta ejecución (%n, el grupo entero) y sus salidas en Fusion Platform?</numerusform>
            <numerusform>¿Eliminar estas %n ejecuciones (el grupo entero) y sus salidas en Fusion Platform?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="155"/>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="158"/>
        <source>Fusion Platform: deleting executions</source>
        <translation>Fusion Platform: eliminando ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="158"/>
        <source>Could not delete: {0}</source>
        <translation>No se pudo eliminar: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.py" line="366"/>
        <source>The deletion date must be in the future.</source>
        <translation>La fecha de eliminación debe estar en el futuro.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="174"/>
        <source>Outputs will be kept until {0}.</source>
        <translation>Las salidas se conservarán hasta el {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="179"/>
        <source>Fusion Platform: changing the deletion date</source>
        <translation>Fusion Platform: cambiando la fecha de eliminación</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="179"/>
        <source>Could not change the date: {0}</source>
        <translation>No se pudo cambiar la fecha: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="155"/>
        <source>Download cancelled.</source>
        <translation>Descarga cancelada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="159"/>
        <source>Could not load the outputs: {0}</source>
        <translation>No se pudieron cargar las salidas: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/results.py" line="239"/>
        <source>Fusion Platform: downloading outputs of &apos;{0}&apos;</source>
        <translation>Fusion Platform: descargando las salidas de «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="231"/>
        <source>No layer of this project streams from the Fusion Platform.</source>
        <translation>Ninguna capa de este proyecto se transmite desde Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="236"/>
        <source>Log in from the Account dock to refresh the streamed layers.</source>
        <translation>Inicie sesión desde el panel Cuenta para actualizar las capas transmitidas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="258"/>
        <source>Renewed the signed URLs of %n streamed layer(s).</source>
        <translation>
            <numerusform>Se ha renovado la URL firmada de %n capa transmitida.</numerusform>
            <numerusform>Se han renovado las URL firmadas de %n capas transmitidas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="265"/>
        <source>Could not refresh the streamed layers: {0}</source>
        <translation>No se pudieron actualizar las capas transmitidas: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="270"/>
        <source>Fusion Platform: renewing streamed layers</source>
        <translation>Fusion Platform: renovando las capas transmitidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="86"/>
        <source>{0} and above</source>
        <translation>{0} y superior</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="86"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="96"/>
        <source>Save log</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="96"/>
        <source>Text files (*.txt *.log)</source>
        <translation>Archivos de texto (*.txt *.log)</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/log_viewer.py" line="110"/>
        <source>{0} of %n line(s)</source>
        <translation>
            <numerusform>{0} de %n línea</numerusform>
            <numerusform>{0} de %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="23"/>
        <source>at least {0} characters</source>
        <translation>al menos {0} caracteres</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="24"/>
        <source>an upper-case letter</source>
        <translation>una letra mayúscula</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="25"/>
        <source>a lower-case letter</source>
        <translation>una letra minúscula</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="26"/>
        <source>a digit</source>
        <translation>un dígito</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="27"/>
        <source>a symbol (for example ! or #)</source>
        <translation>un símbolo (por ejemplo ! o #)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="35"/>
        <source>The new password meets the policy.</source>
        <translation>La nueva contraseña cumple la política.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="36"/>
        <source>The new password needs {0}.</source>
        <translation>La nueva contraseña debe contener {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="69"/>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="73"/>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.py" line="75"/>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="89"/>
        <source>Input {0}</source>
        <translation>Entrada {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="60"/>
        <source>QGIS layer</source>
        <translation>Capa de QGIS</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="61"/>
        <source>Platform data</source>
        <translation>Datos de la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="69"/>
        <source>Data on the platform that this input accepts ({0})</source>
        <translation>Datos de la plataforma que admite esta entrada ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_inputs.py" line="139"/>
        <source>(choose data)</source>
        <translation>(elija datos)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="109"/>
        <source>Your session has expired: log in again, then continue here.</source>
        <translation>Su sesión ha caducado: vuelva a iniciar sesión y continúe aquí.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="63"/>
        <source>Service: {0}</source>
        <translation>Servicio: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="130"/>
        <source>New process: {0}</source>
        <translation>Nuevo proceso: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="131"/>
        <source>{0} process</source>
        <translation>Proceso {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="138"/>
        <source>Loading the template of {0}</source>
        <translation>Cargando la plantilla de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="158"/>
        <source>Loading process {0}</source>
        <translation>Cargando el proceso {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="179"/>
        <source>Copying process {0}</source>
        <translation>Copiando el proceso {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="190"/>
        <source>Listing platform data</source>
        <translation>Listando los datos de la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="412"/>
        <source>Process: {0}</source>
        <translation>Proceso: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="411"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="235"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="244"/>
        <source>The process is executing: the platform lets nothing change until it is stopped.</source>
        <translation>El proceso se está ejecutando: la plataforma no permite cambiar nada hasta que se detenga.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="248"/>
        <source>Stop the process first: only a stopped process may be changed.</source>
        <translation>Detenga primero el proceso: solo se puede modificar un proceso detenido.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="250"/>
        <source>This process has already run: the platform only lets you change its name and schedule. Copy the process to change anything else.</source>
        <translation>Este proceso ya se ha ejecutado: la plataforma solo permite cambiar su nombre y su programación. Copie el proceso para cambiar cualquier otra cosa.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="259"/>
        <source>A name for this process, shown in the Processes dock</source>
        <translation>Un nombre para este proceso, que se muestra en el panel Procesos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="295"/>
        <source>A process needs a name</source>
        <translation>Un proceso necesita un nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="300"/>
        <source>Choose a layer or platform data for this input</source>
        <translation>Elija una capa o datos de la plataforma para esta entrada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="333"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Corrija los campos marcados en rojo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="346"/>
        <source>Some values need attention before the process can be created.</source>
        <translation>Algunos valores requieren atención antes de poder crear el proceso.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/process.py" line="95"/>
        <source>The chosen data no longer exists</source>
        <translation>Los datos elegidos ya no existen</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="415"/>
        <source>Created on the platform. Check the price, then Execute.</source>
        <translation>Creado en la plataforma. Compruebe el precio y pulse Ejecutar.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="420"/>
        <source>Creating process {0}</source>
        <translation>Creando el proceso {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="447"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="450"/>
        <source>Saving process {0}</source>
        <translation>Guardando el proceso {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="491"/>
        <source>Reading the credit balance</source>
        <translation>Leyendo el saldo de créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="67"/>
        <source>Price: {0} credits per run</source>
        <translation>Precio: {0} créditos por ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="488"/>
        <source>Balance: {0} credits</source>
        <translation>Saldo: {0} créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="497"/>
        <source>Create the process first: the platform checks it and sets its price.</source>
        <translation>Cree primero el proceso: la plataforma lo comprueba y fija su precio.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="499"/>
        <source>The process is already executing.</source>
        <translation>El proceso ya se está ejecutando.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="501"/>
        <source>Not enough credits: the process costs {0} credits but the organisation has {1}.</source>
        <translation>Créditos insuficientes: el proceso cuesta {0} créditos, pero la organización tiene {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="505"/>
        <source>Reading the organisation's credit balance…</source>
        <translation>Leyendo el saldo de créditos de la organización…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="508"/>
        <source>Start the process on the platform</source>
        <translation>Iniciar el proceso en la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="530"/>
        <source>Executing: follow it in the Executions dock.</source>
        <translation>En ejecución: sígalo en el panel Ejecuciones.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="537"/>
        <source>Executing process {0}</source>
        <translation>Ejecutando el proceso {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="569"/>
        <source>The platform refused the process:</source>
        <translation>La plataforma ha rechazado el proceso:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="108"/>
        <source>Type a name for the preset first.</source>
        <translation>Escriba primero un nombre para el preajuste.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="114"/>
        <source>The preset was not saved: {0}</source>
        <translation>No se guardó el preajuste: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="117"/>
        <source>Preset &apos;{0}&apos; saved.</source>
        <translation>Preajuste «{0}» guardado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="123"/>
        <source>There is no preset named &apos;{0}&apos; for this service.</source>
        <translation>No hay ningún preajuste llamado «{0}» para este servicio.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="143"/>
        <source>The layer &apos;{0}&apos; of this preset is not in the project.</source>
        <translation>La capa «{0}» de este preajuste no está en el proyecto.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor_presets.py" line="150"/>
        <source>Preset &apos;{0}&apos; loaded.</source>
        <translation>Preajuste «{0}» cargado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="97"/>
        <source>The equivalent Python script is on the clipboard (the password is not in it).</source>
        <translation>El script de Python equivalente está en el portapapeles (sin la contraseña).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="40"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="47"/>
        <source>Executing</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>succeeded</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="113"/>
        <source>Fusion Platform Processes</source>
        <translation>Procesos de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="254"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation>Inicie sesión desde el panel Cuenta para ver sus procesos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="287"/>
        <source>Loading processes…</source>
        <translation>Cargando procesos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="327"/>
        <source>%n process(es)</source>
        <translation>
            <numerusform>%n proceso</numerusform>
            <numerusform>%n procesos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="308"/>
        <source>Could not load the processes: {0}</source>
        <translation>No se pudieron cargar los procesos: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="313"/>
        <source>Loading Fusion Platform processes</source>
        <translation>Cargando los procesos de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="397"/>
        <source>The process is already executing</source>
        <translation>El proceso ya se está ejecutando</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="397"/>
        <source>Start the process now</source>
        <translation>Iniciar el proceso ahora</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="401"/>
        <source>Stop future runs and abort running executions</source>
        <translation>Detener las ejecuciones futuras y abortar las que están en curso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="401"/>
        <source>Only an executing process can be stopped</source>
        <translation>Solo se puede detener un proceso en ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="431"/>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="476"/>
        <source>Executing {0}</source>
        <translation>Ejecutando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="476"/>
        <source>{0} is executing.</source>
        <translation>{0} se está ejecutando.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="498"/>
        <source>Stopping {0}</source>
        <translation>Deteniendo {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="498"/>
        <source>{0} stopped.</source>
        <translation>{0} detenido.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="506"/>
        <source>Delete the process &apos;{0}&apos; with all its executions and their outputs? This cannot be undone.</source>
        <translation>¿Eliminar el proceso «{0}» con todas sus ejecuciones y sus salidas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="512"/>
        <source>Deleting {0}</source>
        <translation>Eliminando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="512"/>
        <source>{0} deleted.</source>
        <translation>{0} eliminado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="60"/>
        <source>from {0} to {1}</source>
        <translation>de {0} a {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="62"/>
        <source>at most %n character(s)</source>
        <translation>
            <numerusform>como máximo %n carácter</numerusform>
            <numerusform>como máximo %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="64"/>
        <source>default {0}</source>
        <translation>valor predeterminado {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="69"/>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="69"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="78"/>
        <source>Categories: {0}</source>
        <translation>Categorías: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="80"/>
        <source>Keywords: {0}</source>
        <translation>Palabras clave: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="112"/>
        <source>Dispatchers: {0}</source>
        <translation>Distribuidores: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="124"/>
        <source>The exact price is shown when the process is created, before anything runs.</source>
        <translation>El precio exacto se muestra al crear el proceso, antes de que se ejecute nada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="132"/>
        <source>The price is shown when the process is created.</source>
        <translation>El precio se muestra al crear el proceso.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="110"/>
        <source>Fusion Platform Services</source>
        <translation>Servicios de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="168"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation>Inicie sesión desde el panel Cuenta para explorar los servicios.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="180"/>
        <source>Loading services…</source>
        <translation>Cargando servicios…</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="190"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n servicio</numerusform>
            <numerusform>%n servicios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="200"/>
        <source>Could not load the services: {0}</source>
        <translation>No se pudieron cargar los servicios: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="205"/>
        <source>Loading Fusion Platform services</source>
        <translation>Cargando los servicios de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="221"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.py" line="300"/>
        <source>Loading the definition of {0}</source>
        <translation>Cargando la definición de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="28"/>
        <source>STAC metadata of {0}</source>
        <translation>Metadatos STAC de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="46"/>
        <source>Save STAC files to</source>
        <translation>Guardar los archivos STAC en</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="67"/>
        <source>The STAC files could not be saved to {0}: {1}</source>
        <translation>No se pudieron guardar los archivos STAC en {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/stac_dialog.py" line="73"/>
        <source>Saved %n file(s) to {0}</source>
        <translation>
            <numerusform>%n archivo guardado en {0}</numerusform>
            <numerusform>%n archivos guardados en {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="108"/>
        <source>Selected features only ({0})</source>
        <translation>Solo las entidades seleccionadas ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="112"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="113"/>
        <source>Select features of a vector layer to upload only those.</source>
        <translation>Seleccione entidades de una capa vectorial para subir solo esas.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.py" line="123"/>
        <source>Add a polygon or raster layer to the project first.</source>
        <translation>Añada primero una capa de polígonos o ráster al proyecto.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="114"/>
        <source>Give the data item a name.</source>
        <translation>Dé un nombre al conjunto de datos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="76"/>
        <source>Syntax error at column {0}: {1}</source>
        <translation>Error de sintaxis en la columna {0}: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="79"/>
        <source>&apos;{0}&apos; is not allowed in a condition</source>
        <translation>«{0}» no está permitido en una condición</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="82"/>
        <source>Only the functions {0} may be called</source>
        <translation>Solo se pueden llamar las funciones {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="89"/>
        <source>Unknown name &apos;{0}&apos; (use inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines or dispatching_service_name)</source>
        <translation>Nombre desconocido «{0}» (use inputs, input_n_files, input_n_file_m_name, input_n_file_m_lines o dispatching_service_name)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="100"/>
        <source>Dispatcher</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/dispatcher_editor.py" line="142"/>
        <source>This service offers no dispatchers.</source>
        <translation>Este servicio no ofrece distribuidores.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="93"/>
        <source>Give this option a value (unchecked: no value)</source>
        <translation>Dé un valor a esta opción (sin marcar: sin valor)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="196"/>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>«{0}» no es un número</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="199"/>
        <source>{0} is outside the allowed range {1} to {2}</source>
        <translation>{0} está fuera del intervalo permitido de {1} a {2}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="212"/>
        <source>credits</source>
        <translation>créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="233"/>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>«{0}» no es verdadero ni falso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="282"/>
        <source>{0} is outside the allowed dates</source>
        <translation>{0} está fuera de las fechas permitidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="321"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="333"/>
        <source>&apos;{0}&apos; is not one of the choices</source>
        <translation>«{0}» no es una de las opciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="428"/>
        <source>Advanced options</source>
        <translation>Opciones avanzadas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="475"/>
        <source>Not used while {0} is {1}</source>
        <translation>No se usa mientras {0} sea {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/option_editors.py" line="521"/>
        <source>{0} must not be before {1}</source>
        <translation>{0} no debe ser anterior a {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="76"/>
        <source>Run once, now</source>
        <translation>Ejecutar una vez, ahora</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="78"/>
        <source>Run once, at a time</source>
        <translation>Ejecutar una vez, a una hora</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="80"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="103"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="111"/>
        <source>months</source>
        <translation>meses</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="116"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="122"/>
        <source>How many runs in total (the platform counts them down)</source>
        <translation>Cuántas ejecuciones en total (la plataforma las descuenta)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="123"/>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="126"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="135"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="269"/>
        <source>The end must not be before the start</source>
        <translation>El fin no debe ser anterior al inicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="106"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="109"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="94"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="113"/>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="120"/>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="164"/>
        <source>Show or hide the Fusion Platform {0} dock</source>
        <translation>Mostrar u ocultar el panel {0} de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/plugin.py" line="151"/>
        <source>Fusion Platform plugin {0} loaded.</source>
        <translation>Complemento Fusion Platform {0} cargado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="112"/>
        <source>Runs on the Fusion Platform; the price in credits is reported before execution.</source>
        <translation>Se ejecuta en Fusion Platform; el precio en créditos se indica antes de la ejecución.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="118"/>
        <source>Input {0} ({1})</source>
        <translation>Entrada {0} ({1})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="134"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="220"/>
        <source>Input {0} needs a raster layer.</source>
        <translation>La entrada {0} necesita una capa ráster.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="224"/>
        <source>Input {0} has no features.</source>
        <translation>La entrada {0} no tiene entidades.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="258"/>
        <source>The service is no longer available to this organisation.</source>
        <translation>El servicio ya no está disponible para esta organización.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="60"/>
        <source>Uploading input {0}…</source>
        <translation>Subiendo la entrada {0}…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="74"/>
        <source>Price: {0} credits.</source>
        <translation>Precio: {0} créditos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="148"/>
        <source>Cancelled: the process was stopped on the platform.</source>
        <translation>Cancelado: el proceso se ha detenido en la plataforma.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="55"/>
        <source>Execution failed: {0}</source>
        <translation>La ejecución ha fallado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="481"/>
        <source>The execution did not start within 15 minutes.</source>
        <translation>La ejecución no empezó en 15 minutos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="241"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="56"/>
        <source>Could not refresh the Processing algorithms: {0}</source>
        <translation>No se pudieron actualizar los algoritmos de Procesos: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="58"/>
        <source>Fusion Platform: loading service definitions</source>
        <translation>Fusion Platform: cargando las definiciones de los servicios</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="73"/>
        <source>Fusion Platform Earth-observation services</source>
        <translation>Servicios de observación de la Tierra de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/provider.py" line="85"/>
        <source>Skipping service {0}: {1}</source>
        <translation>Se omite el servicio {0}: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/session.py" line="34"/>
        <source>Not connected: log in from the Fusion Platform Account dock with &apos;Remember me&apos; ticked, so that Processing can connect with the saved credentials (for qgis_process, set FUSION_PLATFORM_EMAIL and FUSION_PLATFORM_PASSWORD).</source>
        <translation>Sin conexión: inicie sesión desde el panel Cuenta de Fusion Platform con «Recordarme» marcado, para que Procesos pueda conectarse con las credenciales guardadas (para qgis_process, defina FUSION_PLATFORM_EMAIL y FUSION_PLATFORM_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/session.py" line="43"/>
        <source>This account belongs to no organisation.</source>
        <translation>Esta cuenta no pertenece a ninguna organización.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="66"/>
        <source>The QGIS authentication database refused to store the credentials.</source>
        <translation>La base de datos de autenticación de QGIS se ha negado a guardar las credenciales.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/auth.py" line="101"/>
        <source>The QGIS authentication database refused to store the secrets.</source>
        <translation>La base de datos de autenticación de QGIS se ha negado a guardar los secretos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="133"/>
        <source>The operation was cancelled.</source>
        <translation>Se ha cancelado la operación.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="145"/>
        <source>Wrong e-mail address, user id or password. Check them and try again.</source>
        <translation>Dirección de correo electrónico, id. de usuario o contraseña incorrectos. Compruébelos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="149"/>
        <source>Your Fusion Platform session has expired. Please log in again.</source>
        <translation>Su sesión de Fusion Platform ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="152"/>
        <source>A secure (TLS) connection to {0} could not be established: its certificate is not trusted. If your organisation uses its own certificate authority, add it in QGIS&apos;s SSL/authentication settings.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con {0}: su certificado no es de confianza. Si su organización usa su propia autoridad de certificación, añádala en la configuración de SSL/autenticación de QGIS.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="171"/>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="162"/>
        <source>Cannot reach {0} through the proxy {1}. Check the proxy in QGIS&apos;s network settings and your connection.</source>
        <translation>No se puede acceder a {0} a través del proxy {1}. Compruebe el proxy en la configuración de red de QGIS y su conexión.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="167"/>
        <source>{0} did not answer in time. Try again later, or raise the timeout in QGIS&apos;s network settings.</source>
        <translation>{0} no respondió a tiempo. Vuelva a intentarlo más tarde o aumente el tiempo de espera en la configuración de red de QGIS.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="169"/>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="171"/>
        <source>Cannot reach {0}. Check the address and your network connection.</source>
        <translation>No se puede acceder a {0}. Compruebe la dirección y su conexión de red.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="175"/>
        <source>This address is on your own computer: if it is the local sandbox (a practice Fusion Platform), it is not running; start it first (developers: &apos;make run&apos;).</source>
        <translation>Esta dirección está en su propio ordenador: si es el entorno de pruebas local (una Fusion Platform de práctica), no está en marcha; inícielo primero (desarrolladores: «make run»).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="197"/>
        <source>The Fusion Platform reported an error: {0}</source>
        <translation>Fusion Platform ha informado de un error: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="185"/>
        <source>Not enough credits: {0}</source>
        <translation>Créditos insuficientes: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="187"/>
        <source>You are not allowed to do this: {0}</source>
        <translation>No tiene permiso para hacer esto: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="191"/>
        <source>Not found: {0}</source>
        <translation>No encontrado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="193"/>
        <source>The Fusion Platform refused the request: {0}</source>
        <translation>Fusion Platform ha rechazado la solicitud: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="198"/>
        <source>Unexpected error: {0}</source>
        <translation>Error inesperado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/session/connect.py" line="176"/>
        <source>Connecting to {0}</source>
        <translation>Conectando a {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="219"/>
        <source>A file could not be read or written: {0}</source>
        <translation>No se pudo leer o escribir un archivo: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="89"/>
        <source>The data item &apos;{0}&apos; has no files.</source>
        <translation>El conjunto de datos «{0}» no tiene archivos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="146"/>
        <source>QGIS cannot open the downloaded file {0} ({1}).</source>
        <translation>QGIS no puede abrir el archivo descargado {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/item_layers.py" line="173"/>
        <source>Adding {0} to the map</source>
        <translation>Añadiendo {0} al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/provenance.py" line="43"/>
        <source>Produced by the Fusion Platform.</source>
        <translation>Producido por Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="100"/>
        <source>defaults</source>
        <translation>valores predeterminados</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="72"/>
        <source>Started: {0}</source>
        <translation>Inicio: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="74"/>
        <source>Ended: {0}</source>
        <translation>Fin: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="156"/>
        <source>{0} hillshade</source>
        <translation>Sombreado de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="256"/>
        <source>Slices</source>
        <translation>Porciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="262"/>
        <source>{0} (mosaic of %n slice(s))</source>
        <translation>
            <numerusform>{0} (mosaico de %n porción)</numerusform>
            <numerusform>{0} (mosaico de %n porciones)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_layers.py" line="290"/>
        <source>{0} slice {1}</source>
        <translation>{0} porción {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="418"/>
        <source>Fusion Platform: checking executions</source>
        <translation>Fusion Platform: comprobando las ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/downloads.py" line="253"/>
        <source>The Fusion Platform gave no download address for {0}.</source>
        <translation>Fusion Platform no ha dado ninguna dirección de descarga para {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/downloads.py" line="426"/>
        <source>Could not build the mosaic of {0}.</source>
        <translation>No se pudo construir el mosaico de {0}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="117"/>
        <source>The name &apos;{0}&apos; contains non-ASCII characters, which some platform services cannot handle. Use &apos;{1}&apos; instead?</source>
        <translation>El nombre «{0}» contiene caracteres no ASCII, que algunos servicios de la plataforma no admiten. ¿Usar «{1}» en su lugar?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="150"/>
        <source>{0} has no coordinate reference system, so its position on Earth is unknown. Set its CRS (Layer Properties › Source) and try again.</source>
        <translation>{0} no tiene sistema de referencia de coordenadas, así que se desconoce su posición en la Tierra. Defina su SRC (Propiedades de la capa › Fuente) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/common.py" line="158"/>
        <source>{0} uses an unknown coordinate reference system. Set its CRS (Layer Properties › Source) and try again.</source>
        <translation>{0} usa un sistema de referencia de coordenadas desconocido. Defina su SRC (Propiedades de la capa › Fuente) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="66"/>
        <source>The layer is not valid or its data source is missing.</source>
        <translation>La capa no es válida o falta su fuente de datos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="71"/>
        <source>No features are selected in &apos;{0}&apos;. Select the features to upload, or upload the whole layer.</source>
        <translation>No hay entidades seleccionadas en «{0}». Seleccione las entidades que quiere subir o suba la capa entera.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="202"/>
        <source>The layer &apos;{0}&apos;</source>
        <translation>La capa «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="206"/>
        <source>no geometry</source>
        <translation>sin geometría</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="207"/>
        <source>The layer '{0}' holds {1}, but a region must be made of polygons. Choose a polygon layer, or buffer the features first (Vector › Geoprocessing › Buffer).</source>
        <translation>La capa «{0}» contiene {1}, pero una región debe estar formada por polígonos. Elija una capa de polígonos o cree primero un búfer de las entidades (Vectorial › Herramientas de geoproceso › Buffer).</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="291"/>
        <source>'{0}' has invalid geometries in %n feature(s) (feature ids: {1}). Repair them automatically (makeValid), or fix them with Vector › Geometry Tools › Check Validity.</source>
        <translation>
            <numerusform>«{0}» tiene una geometría no válida en %n entidad (id. de entidad: {1}). Repárela automáticamente (makeValid) o corríjala con Vectorial › Herramientas de geometría › Comprobar validez.</numerusform>
            <numerusform>«{0}» tiene geometrías no válidas en %n entidades (id. de entidades: {1}). Repárelas automáticamente (makeValid) o corríjalas con Vectorial › Herramientas de geometría › Comprobar validez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="309"/>
        <source>In &apos;{0}&apos;, %n feature(s) could not be repaired into valid polygons (feature ids: {1}). Edit or delete them, then upload again.</source>
        <translation>
            <numerusform>En «{0}», %n entidad no se pudo reparar como polígono válido (id. de entidad: {1}). Edítela o elimínela y vuelva a subir.</numerusform>
            <numerusform>En «{0}», %n entidades no se pudieron reparar como polígonos válidos (id. de entidades: {1}). Edítelas o elimínelas y vuelva a subir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="325"/>
        <source>None of the chosen features of &apos;{0}&apos; is a polygon.</source>
        <translation>Ninguna de las entidades elegidas de «{0}» es un polígono.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="327"/>
        <source>The layer &apos;{0}&apos; has no features with a geometry to upload. Add or select some features first.</source>
        <translation>La capa «{0}» no tiene entidades con geometría que subir. Añada o seleccione primero algunas entidades.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="172"/>
        <source>The region from &apos;{0}&apos; would be {1}, more than the {2} recommended for a region. Simplify the geometries (removes detail finer than about 1/5000 of the region&apos;s size)?</source>
        <translation>La región de «{0}» ocuparía {1}, más de los {2} recomendados para una región. ¿Simplificar las geometrías (elimina los detalles menores de aproximadamente 1/5000 del tamaño de la región)?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="348"/>
        <source>Nothing was drawn. Draw at least three points, or drag a rectangle.</source>
        <translation>No se ha dibujado nada. Dibuje al menos tres puntos o arrastre un rectángulo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="351"/>
        <source>The map</source>
        <translation>El mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="356"/>
        <source>The drawn shape has no area. Draw a polygon with at least three distinct corners.</source>
        <translation>La forma dibujada no tiene área. Dibuje un polígono con al menos tres vértices distintos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/vector.py" line="366"/>
        <source>The drawn polygon crosses itself and cannot be repaired. Draw it again.</source>
        <translation>El polígono dibujado se cruza consigo mismo y no se puede reparar. Vuelva a dibujarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="30"/>
        <source>The raster layer is not valid or its file is missing.</source>
        <translation>La capa ráster no es válida o falta su archivo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="50"/>
        <source>The raster &apos;{0}&apos;</source>
        <translation>El ráster «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="54"/>
        <source>The raster '{0}' comes from a web service ({1}); save it as a GeoTIFF first (Export › Save As…), then upload that.</source>
        <translation>El ráster «{0}» procede de un servicio web ({1}); guárdelo primero como GeoTIFF (Exportar › Guardar como…) y suba ese archivo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="75"/>
        <source>The raster &apos;{0}&apos; could not be exported to GeoTIFF.</source>
        <translation>No se pudo exportar el ráster «{0}» a GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/raster.py" line="81"/>
        <source>&apos;{0}&apos; was exported to GeoTIFF for the upload.</source>
        <translation>«{0}» se ha exportado a GeoTIFF para la subida.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="85"/>
        <source>The file {0} does not exist.</source>
        <translation>El archivo {0} no existe.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="90"/>
        <source>{0}: files of type &apos;{1}&apos; cannot be uploaded. Use GeoJSON, KML, KMZ, GeoTIFF, CSV, GeoPackage or a Shapefile.</source>
        <translation>{0}: no se pueden subir archivos de tipo «{1}». Use GeoJSON, KML, KMZ, GeoTIFF, CSV, GeoPackage o un Shapefile.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="90"/>
        <source>(no extension)</source>
        <translation>(sin extensión)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="102"/>
        <source>The file {0} is empty.</source>
        <translation>El archivo {0} está vacío.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="107"/>
        <source>The Shapefile {0} is missing {1}; copy the whole set of files (.shp, .shx, .dbf, .prj) together.</source>
        <translation>Al Shapefile {0} le falta {1}; copie juntos todos sus archivos (.shp, .shx, .dbf, .prj).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="119"/>
        <source>The Shapefile {0} has no .prj file, so its coordinate system is unknown. Open it in QGIS, set its CRS and upload the layer instead.</source>
        <translation>El Shapefile {0} no tiene archivo .prj, así que se desconoce su sistema de coordenadas. Ábralo en QGIS, defina su SRC y suba la capa en su lugar.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="140"/>
        <source>{0} cannot be read as {1}.</source>
        <translation>{0} no se puede leer como {1}.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="144"/>
        <source>{0} contains no features.</source>
        <translation>{0} no contiene entidades.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="173"/>
        <source>{0} is not a readable GeoPackage.</source>
        <translation>{0} no es un GeoPackage legible.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="182"/>
        <source>The GeoPackage {0} contains no features.</source>
        <translation>El GeoPackage {0} no contiene entidades.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="186"/>
        <source>The GeoPackage {0} has no coordinate reference system. Open it in QGIS, set its CRS and upload the layer instead.</source>
        <translation>El GeoPackage {0} no tiene sistema de referencia de coordenadas. Ábralo en QGIS, defina su SRC y suba la capa en su lugar.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/region/files.py" line="207"/>
        <source>{0} could not be converted to GeoJSON.</source>
        <translation>{0} no se pudo convertir a GeoJSON.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/streaming.py" line="88"/>
        <source>The Fusion Platform gave no download address for the streamed file.</source>
        <translation>Fusion Platform no ha dado ninguna dirección de descarga para el archivo transmitido.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="181"/>
        <source>Upload cancelled.</source>
        <translation>Subida cancelada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="186"/>
        <source>The platform could not ingest &apos;{0}&apos;: {1}</source>
        <translation>La plataforma no pudo incorporar «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="106"/>
        <source>Upload cancelled; nothing was left on the platform.</source>
        <translation>Subida cancelada; no ha quedado nada en la plataforma.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="108"/>
        <source>Check the file opens in QGIS, then upload it again.</source>
        <translation>Compruebe que el archivo se abre en QGIS y vuelva a subirlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="111"/>
        <source>The platform refused the upload (HTTP {0}); nothing was kept. Try again in a moment.</source>
        <translation>La plataforma ha rechazado la subida (HTTP {0}); no se ha conservado nada. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="116"/>
        <source>The connection to the platform broke during the upload ({0}); nothing was kept. Check your network and try again.</source>
        <translation>La conexión con la plataforma se cortó durante la subida ({0}); no se ha conservado nada. Compruebe su red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="122"/>
        <source>The upload failed: {0}</source>
        <translation>La subida ha fallado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/data/uploads.py" line="367"/>
        <source>Uploading {0}</source>
        <translation>Subiendo {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="59"/>
        <source>%n credit(s)</source>
        <translation>
            <numerusform>%n crédito</numerusform>
            <numerusform>%n créditos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="66"/>
        <source>one of: {0}</source>
        <translation>una de: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="68"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="69"/>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="70"/>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="71"/>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="74"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="116"/>
        <source>Depends on the region and the options.</source>
        <translation>Depende de la región y de las opciones.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="119"/>
        <source>Free.</source>
        <translation>Gratuito.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="121"/>
        <source>{0} per run.</source>
        <translation>{0} por ejecución.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="123"/>
        <source>{0} per km² of the region.</source>
        <translation>{0} por km² de la región.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="124"/>
        <source>{0} per run plus {1} per km² of the region.</source>
        <translation>{0} por ejecución más {1} por km² de la región.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="107"/>
        <source>Price: {0}</source>
        <translation>Precio: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="83"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/wording.py" line="83"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="32"/>
        <source>Could not load: {0}</source>
        <translation>No se pudo cargar: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="137"/>
        <source>Log in from the Account panel</source>
        <translation>Inicie sesión desde el panel Cuenta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="138"/>
        <source>The Fusion Platform&apos;s data and processes appear here once you are logged in.</source>
        <translation>Los datos y procesos de Fusion Platform aparecen aquí una vez iniciada la sesión.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="189"/>
        <source>Nothing here yet</source>
        <translation>Todavía no hay nada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="224"/>
        <source>Could not load more: {0}</source>
        <translation>No se pudieron cargar más: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="226"/>
        <source>Fusion Platform: loading more</source>
        <translation>Fusion Platform: cargando más</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="232"/>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="234"/>
        <source>Double-click to list the next page</source>
        <translation>Haga doble clic para mostrar la página siguiente</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/base.py" line="242"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/provider.py" line="32"/>
        <source>The organisations, data and processes of the Fusion Platform account you are logged in to</source>
        <translation>Las organizaciones, los datos y los procesos de la cuenta de Fusion Platform con la que ha iniciado sesión</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="35"/>
        <source>No data yet: upload some from the Data panel</source>
        <translation>Todavía no hay datos: súbalos desde el panel Datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="48"/>
        <source>No processes yet: define one from the Services panel</source>
        <translation>Todavía no hay procesos: defina uno desde el panel Servicios</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="64"/>
        <source>Data item {0}</source>
        <translation>Conjunto de datos {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="84"/>
        <source>No files</source>
        <translation>Sin archivos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="195"/>
        <source>Add to map</source>
        <translation>Añadir al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="195"/>
        <source>Download to…</source>
        <translation>Descargar en…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Copy id</source>
        <translation>Copiar el identificador</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="137"/>
        <source>Show in the Data panel</source>
        <translation>Mostrar en el panel Datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="186"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="103"/>
        <source>Load as time series</source>
        <translation>Cargar como serie temporal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="112"/>
        <source>No executions yet</source>
        <translation>Todavía no hay ejecuciones</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="136"/>
        <source>{0} — group of %n execution(s) — {1}</source>
        <translation>
            <numerusform>{0} — grupo de %n ejecución — {1}</numerusform>
            <numerusform>{0} — grupo de %n ejecuciones — {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="156"/>
        <source>Execution {0}</source>
        <translation>Ejecución {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Add outputs to map</source>
        <translation>Añadir las salidas al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="182"/>
        <source>Download outputs to…</source>
        <translation>Descargar las salidas en…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="334"/>
        <source>Open the log</source>
        <translation>Abrir el registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_tree.py" line="279"/>
        <source>Show in the Executions panel</source>
        <translation>Mostrar en el panel Ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="214"/>
        <source>Slice {0}</source>
        <translation>Porción {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="249"/>
        <source>No components</source>
        <translation>Sin componentes</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/process_items.py" line="283"/>
        <source>No outputs</source>
        <translation>Sin salidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="63"/>
        <source>{0} is already on the map.</source>
        <translation>{0} ya está en el mapa.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="228"/>
        <source>You are no longer logged in: log in from the Account panel, then try again.</source>
        <translation>Ya no tiene la sesión iniciada: inicie sesión desde el panel Cuenta y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="89"/>
        <source>Could not add the data to the map: {0}</source>
        <translation>No se pudieron añadir los datos al mapa: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="156"/>
        <source>Download to</source>
        <translation>Descargar en</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="169"/>
        <source>Downloading {0}</source>
        <translation>Descargando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="459"/>
        <source>Could not download: {0}</source>
        <translation>No se pudo descargar: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="206"/>
        <source>Delete the data item &apos;{0}&apos; on the Fusion Platform?</source>
        <translation>¿Eliminar el conjunto de datos «{0}» en Fusion Platform?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="230"/>
        <source>The Data panel does not list this item on its current page.</source>
        <translation>El panel Datos no muestra este elemento en su página actual.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="243"/>
        <source>The outputs of this run are already on the map.</source>
        <translation>Las salidas de esta ejecución ya están en el mapa.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="246"/>
        <source>This run has not succeeded: it has no outputs to load.</source>
        <translation>Esta ejecución no ha tenido éxito: no tiene salidas que cargar.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="379"/>
        <source>&apos;{0}&apos; has no successful runs yet.</source>
        <translation>«{0}» todavía no tiene ejecuciones correctas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="385"/>
        <source>%n run(s) of &apos;{0}&apos; loaded as a time series: play them with the Temporal Controller.</source>
        <translation>
            <numerusform>%n ejecución de «{0}» cargada como serie temporal: reprodúzcala con el controlador temporal.</numerusform>
            <numerusform>%n ejecuciones de «{0}» cargadas como serie temporal: reprodúzcalas con el controlador temporal.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="394"/>
        <source>Fusion Platform: loading the time series of &apos;{0}&apos;</source>
        <translation>Fusion Platform: cargando la serie temporal de «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="394"/>
        <source>Could not load the time series: {0}</source>
        <translation>No se pudo cargar la serie temporal: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="431"/>
        <source>A new run of &apos;{0}&apos; joined its time series.</source>
        <translation>Una nueva ejecución de «{0}» se ha unido a su serie temporal.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="436"/>
        <source>Fusion Platform: adding a run to the time series of &apos;{0}&apos;</source>
        <translation>Fusion Platform: añadiendo una ejecución a la serie temporal de «{0}»</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="436"/>
        <source>Could not add the run to the time series: {0}</source>
        <translation>No se pudo añadir la ejecución a la serie temporal: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="446"/>
        <source>Download outputs to</source>
        <translation>Descargar las salidas en</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="457"/>
        <source>Outputs downloaded to {0}</source>
        <translation>Salidas descargadas en {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="459"/>
        <source>Downloading outputs</source>
        <translation>Descargando las salidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="88"/>
        <source>No features are selected in &apos;{0}&apos;.</source>
        <translation>No hay entidades seleccionadas en «{0}».</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="89"/>
        <source>Selection of {0}</source>
        <translation>Selección de {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="134"/>
        <source>Run again…</source>
        <translation>Ejecutar de nuevo…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="135"/>
        <source>Run again on the selected features…</source>
        <translation>Ejecutar de nuevo sobre las entidades seleccionadas…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="140"/>
        <source>Run again on a polygon drawn on the map…</source>
        <translation>Ejecutar de nuevo sobre un polígono dibujado en el mapa…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="303"/>
        <source>This layer was not made by a Fusion Platform run.</source>
        <translation>Esta capa no procede de una ejecución de Fusion Platform.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="410"/>
        <source>The process &apos;{0}&apos; no longer exists on the platform.</source>
        <translation>El proceso «{0}» ya no existe en la plataforma.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="249"/>
        <source>Could not run again: {0}</source>
        <translation>No se pudo ejecutar de nuevo: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="251"/>
        <source>Fusion Platform: finding the process</source>
        <translation>Fusion Platform: buscando el proceso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="267"/>
        <source>Run again: the options of &apos;{0}&apos; are filled in; change the region if you like, then Create to see the price.</source>
        <translation>Ejecutar de nuevo: las opciones de «{0}» están rellenadas; cambie la región si lo desea y pulse Crear para ver el precio.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="275"/>
        <source>{0} (run again)</source>
        <translation>{0} (nueva ejecución)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="294"/>
        <source>Select the polygons of the new region in a layer first.</source>
        <translation>Seleccione primero los polígonos de la nueva región en una capa.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/time_series.py" line="146"/>
        <source>{0} (time series)</source>
        <translation>{0} (serie temporal)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/data_items.py" line="137"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="200"/>
        <source>Could not rename: {0}</source>
        <translation>No se pudo renombrar: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/streaming.py" line="256"/>
        <source>Streamed through GDAL /vsicurl/ from a signed URL that expires at {0}; use &apos;Refresh streamed layers&apos; in the Executions dock to renew it. The signed URL is not saved with the project: it is removed when the project is saved and renewed when the project is opened.</source>
        <translation>Transmitido mediante GDAL /vsicurl/ desde una URL firmada que caduca el {0}; use «Actualizar las capas transmitidas» en el panel Ejecuciones para renovarla. La URL firmada no se guarda con el proyecto: se elimina al guardar el proyecto y se renueva al abrirlo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="208"/>
        <source>This project streams %n layer(s) from the Fusion Platform: log in from the Account dock, then use &apos;Refresh streamed layers&apos;.</source>
        <translation>
            <numerusform>Este proyecto transmite %n capa desde Fusion Platform: inicie sesión en el panel Cuenta y luego use «Actualizar las capas transmitidas».</numerusform>
            <numerusform>Este proyecto transmite %n capas desde Fusion Platform: inicie sesión en el panel Cuenta y luego use «Actualizar las capas transmitidas».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/executions/previews.py" line="129"/>
        <source>%n preview(s); the outputs are on the map: click one to show them.</source>
        <translation>
            <numerusform>%n vista previa; las salidas están en el mapa: haga clic en ella para mostrarlas.</numerusform>
            <numerusform>%n vistas previas; las salidas están en el mapa: haga clic en una para mostrarlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="174"/>
        <source>Open the statistics table</source>
        <translation>Abrir la tabla de estadísticas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="73"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/schedule_editor.py" line="97"/>
        <source>When the (first) run is due, in your local time</source>
        <translation>Cuándo toca la (primera) ejecución, en su hora local</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/layer_styles.py" line="178"/>
        <source>Height ({0})</source>
        <translation>Altura ({0})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/browser/actions.py" line="346"/>
        <source>{0} is downloaded: drag it again to drop it into a Processing parameter.</source>
        <translation>{0} se ha descargado: arrástrelo de nuevo para soltarlo en un parámetro de Processing.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="165"/>
        <source>Fusion Platform: loading more executions</source>
        <translation>Fusion Platform: cargando más ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="489"/>
        <source>Fusion Platform: following a new run</source>
        <translation>Fusion Platform: siguiendo una nueva ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/listing.py" line="340"/>
        <source>Fusion Platform: reading an execution</source>
        <translation>Fusion Platform: leyendo una ejecución</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="327"/>
        <source>%n process(es) listed, more below</source>
        <translation>
            <numerusform>%n proceso listado, más abajo hay otros</numerusform>
            <numerusform>%n procesos listados, más abajo hay otros</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="290"/>
        <source>Output {0}: {1}</source>
        <translation>Resultado {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="297"/>
        <source>Added %n layer(s) to the map.</source>
        <translation>
            <numerusform>Se añadió %n capa al mapa.</numerusform>
            <numerusform>Se añadieron %n capas al mapa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/follow.py" line="53"/>
        <source>The run was stopped.</source>
        <translation>La ejecución se detuvo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="267"/>
        <source>Downloading the outputs…</source>
        <translation>Descargando los resultados…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="213"/>
        <source>Uploading the inputs and creating the process…</source>
        <translation>Subiendo las entradas y creando el proceso…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="225"/>
        <source>Fusion Platform: starting {0}</source>
        <translation>Fusion Platform: iniciando {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/pipeline/runner.py" line="240"/>
        <source>Following the run…</source>
        <translation>Siguiendo la ejecución…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/words/messages.py" line="135"/>
        <source>The folder {0} is too deep: the files would need paths longer than Windows allows ({1} characters). Nothing was downloaded; choose a shorter download folder (Settings of the plugin, or the output folder of the algorithm).</source>
        <translation>La carpeta {0} es demasiado profunda: los archivos necesitarían rutas más largas de lo que Windows permite ({1} caracteres). No se ha descargado nada; elija una carpeta de descarga más corta (ajustes del complemento o carpeta de salida del algoritmo).</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_states.py" line="62"/>
        <source>Looking for the file of an interrupted upload</source>
        <translation>Buscando el archivo de una subida interrumpida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_states.py" line="75"/>
        <source>Resume upload</source>
        <translation>Reanudar la subida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="110"/>
        <source>The outputs of &apos;{0}&apos; were being loaded when QGIS closed.</source>
        <translation>Los resultados de «{0}» se estaban cargando cuando QGIS se cerró.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="114"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="129"/>
        <source>Fusion Platform: removing partial downloads</source>
        <translation>Fusion Platform: eliminando descargas parciales</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="152"/>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="154"/>
        <source>Upload interrupted</source>
        <translation>Subida interrumpida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="155"/>
        <source>Incomplete: its upload never finished</source>
        <translation>Incompleto: su subida nunca terminó</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="156"/>
        <source>Analysis failed</source>
        <translation>El análisis falló</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="164"/>
        <source>The upload of this item was interrupted (QGIS closed before it finished). Resume it, or delete the item.</source>
        <translation>La subida de este elemento se interrumpió (QGIS se cerró antes de terminar). Reanúdela o elimine el elemento.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="168"/>
        <source>The upload of this item was interrupted and its file or layer is no longer there: delete the item and upload it again.</source>
        <translation>La subida de este elemento se interrumpió y su archivo o capa ya no existe: elimine el elemento y vuelva a subirlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/interrupted.py" line="173"/>
        <source>This item&apos;s file never arrived completely on the platform: delete it and upload it again.</source>
        <translation>El archivo de este elemento nunca llegó completo a la plataforma: elimínelo y vuelva a subirlo.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="166"/>
        <source>On the map: {0}</source>
        <translation>En el mapa: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_listing.py" line="289"/>
        <source>Type: {0}</source>
        <translation>Tipo: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/actions.py" line="106"/>
        <source>Stop requested: {0}</source>
        <translation>Detención solicitada: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="396"/>
        <source>Aggregator</source>
        <translation>Agregador</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="398"/>
        <source>Slice {0} of {1}</source>
        <translation>Porción {0} de {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="61"/>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="409"/>
        <source>Duration: {0}</source>
        <translation>Duración: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/notifications.py" line="146"/>
        <source>Finished: {0}</source>
        <translation>Terminado: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="69"/>
        <source>Already on the map: {0}</source>
        <translation>Ya en el mapa: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/outputs.py" line="173"/>
        <source>Open table</source>
        <translation>Abrir la tabla</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="65"/>
        <source>Last run: {0}</source>
        <translation>Última ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="131"/>
        <source>Add the styled outputs to the map</source>
        <translation>Añadir las salidas con estilo al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/processing_provider/algorithm.py" line="132"/>
        <source>Styled and grouped as the Executions dock loads them.</source>
        <translation>Con estilo y agrupadas como las carga el panel Ejecuciones.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.py" line="519"/>
        <source>Not executed.</source>
        <translation>No ejecutado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="474"/>
        <source>{0} was not executed.</source>
        <translation>{0} no se ha ejecutado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_again.py" line="145"/>
        <source>Run details…</source>
        <translation>Detalles de la ejecución…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="115"/>
        <source>Compare with the run of…</source>
        <translation>Comparar con la ejecución de…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="60"/>
        <source>Run details: {0}</source>
        <translation>Detalles de la ejecución: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="68"/>
        <source>Copy as Python</source>
        <translation>Copiar como Python</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="70"/>
        <source>The script that makes and runs this process again with the SDK&apos;s interface</source>
        <translation>El script que vuelve a crear y ejecutar este proceso con la interfaz del SDK</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="72"/>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="103"/>
        <source>The run&apos;s details are on the clipboard as JSON.</source>
        <translation>Los detalles de la ejecución están en el portapapeles como JSON.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="122"/>
        <source>Compare &apos;{0}&apos; with the run of:</source>
        <translation>Comparar «{0}» con la ejecución de:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="147"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="126"/>
        <source>Other run</source>
        <translation>Otra ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="144"/>
        <source>No other output layer of the Fusion Platform is loaded.</source>
        <translation>No hay ninguna otra capa de resultados de Fusion Platform cargada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_details.py" line="153"/>
        <source>Both runs used the same service, options and region.</source>
        <translation>Ambas ejecuciones usaron el mismo servicio, las mismas opciones y la misma región.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/run_tree.py" line="280"/>
        <source>Show log…</source>
        <translation>Mostrar el registro…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="26"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="29"/>
        <source>Ask before any run over this many credits (0 = never ask). A run the balance cannot pay is always refused before it reaches the platform.</source>
        <translation>Preguntar antes de cualquier ejecución de más de estos créditos (0 = no preguntar nunca). Una ejecución que el saldo no puede pagar siempre se rechaza antes de llegar a la plataforma.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="103"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="39"/>
        <source>Ask before any run over</source>
        <translation>Preguntar antes de cualquier ejecución de más de</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="45"/>
        <source>Log in and pick an organisation to set its threshold here.</source>
        <translation>Inicie sesión y elija una organización para fijar aquí su umbral.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="63"/>
        <source> credits</source>
        <translation> créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/credit_thresholds.py" line="64"/>
        <source>never ask</source>
        <translation>no preguntar nunca</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="55"/>
        <source>Credits spent over the last %n month(s): {0}</source>
        <translation>
            <numerusform>Créditos gastados en el último %n mes: {0}</numerusform>
            <numerusform>Créditos gastados en los últimos %n meses: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="94"/>
        <source>{0}: {1} credits</source>
        <translation>{0}: {1} créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="102"/>
        <source>Spending</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="182"/>
        <source>This month&apos;s runs could not be read.</source>
        <translation>No se pudieron leer las ejecuciones de este mes.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="184"/>
        <source>Reading this month&apos;s runs</source>
        <translation>Leyendo las ejecuciones de este mes</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="189"/>
        <source>This month: {0} credits spent</source>
        <translation>Este mes: {0} créditos gastados</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="191"/>
        <source>No runs this month.</source>
        <translation>Ninguna ejecución este mes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="193"/>
        <source>{0}: %n run(s), {1} credits</source>
        <translation>
            <numerusform>{0}: %n ejecución, {1} créditos</numerusform>
            <numerusform>{0}: %n ejecuciones, {1} créditos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="84"/>
        <source>Price: {0} credits</source>
        <translation>Precio: {0} créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="85"/>
        <source>Price: {0} credits · balance after: {1} credits</source>
        <translation>Precio: {0} créditos · saldo después: {1} créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="91"/>
        <source>the run costs {0} credits but the organisation has {1}; nothing was sent to the platform.</source>
        <translation>la ejecución cuesta {0} créditos pero la organización tiene {1}; no se ha enviado nada a la plataforma.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="98"/>
        <source>'{0}' costs {1} credits, more than the {2} credits you asked to confirm (Options ▸ Fusion Platform). The balance after it will be {3} credits. Run it?</source>
        <translation>«{0}» cuesta {1} créditos, más de los {2} créditos a partir de los que pidió confirmar (Opciones ▸ Fusion Platform). El saldo después será de {3} créditos. ¿Ejecutarlo?</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="106"/>
        <source>The run costs {0} credits, more than the {1} credits set in Options ▸ Fusion Platform for runs without confirmation. Raise the threshold or start it from the process editor. Nothing was run.</source>
        <translation>La ejecución cuesta {0} créditos, más de los {1} créditos fijados en Opciones ▸ Fusion Platform para ejecuciones sin confirmación. Suba el umbral o iníciela desde el editor de procesos. No se ha ejecutado nada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="206"/>
        <source>{0} credits usable for anything (runs, storage)</source>
        <translation>{0} créditos utilizables para todo (ejecuciones, almacenamiento)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="207"/>
        <source>{0} credits only for running services (any service)</source>
        <translation>{0} créditos solo para ejecutar servicios (cualquier servicio)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="208"/>
        <source>{0} credits only for keeping outputs in cloud storage</source>
        <translation>{0} créditos solo para guardar resultados en el almacenamiento en la nube</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="209"/>
        <source>{0} credits only for storing service images in the registry</source>
        <translation>{0} créditos solo para guardar imágenes de servicios en el registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/credits.py" line="219"/>
        <source>{0} credits only for running {1}</source>
        <translation>{0} créditos solo para ejecutar {1}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="60"/>
        <source>Fusion Platform run: {0}</source>
        <translation>Ejecución de Fusion Platform: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="62"/>
        <source>Queued: waiting for the platform to start it.</source>
        <translation>En cola: la plataforma aún no la ha iniciado.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="64"/>
        <source>Running: {0} % done.</source>
        <translation>En curso: {0} % hecho.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="66"/>
        <source>Succeeded.</source>
        <translation>Correcta.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="68"/>
        <source>Failed: {0}</source>
        <translation>Fallida: {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="70"/>
        <source>Stopped.</source>
        <translation>Detenida.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/runs/badge.py" line="75"/>
        <source>Click to show the run in the Executions panel.</source>
        <translation>Haga clic para mostrar la ejecución en el panel Ejecuciones.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="84"/>
        <source>{0} credits (this execution&apos;s share of {1} credits for a group of {2})</source>
        <translation>{0} créditos (la parte de esta ejecución de {1} créditos para un grupo de {2})</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="141"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="100"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="150"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="102"/>
        <source>Price charged</source>
        <translation>Precio cobrado</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="104"/>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="105"/>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="106"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="152"/>
        <source>Data date</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="108"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="109"/>
        <source>Ended</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="118"/>
        <source>Show the run in the Executions panel</source>
        <translation>Mostrar la ejecución en el panel Ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="122"/>
        <source>Show the process&apos;s runs in the Executions panel</source>
        <translation>Mostrar las ejecuciones del proceso en el panel Ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/qgis_support/outputs/run_facts.py" line="146"/>
        <source>Option {0}</source>
        <translation>Opción {0}</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="113"/>
        <source>Count older processes too</source>
        <translation>Contar también los procesos más antiguos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/widgets/spend_chart.py" line="195"/>
        <source>(counted over the newest processes)</source>
        <translation>(contado sobre los procesos más recientes)</translation>
    </message>
</context>
<context>
    <name>AccountDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="6"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="12"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="18"/>
        <source>The Fusion Platform server to connect to</source>
        <translation>El servidor de Fusion Platform al que conectarse</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="23"/>
        <source>Add a connection to another server</source>
        <translation>Añadir una conexión a otro servidor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="24"/>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="29"/>
        <source>Edit the selected connection</source>
        <translation>Editar la conexión seleccionada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="30"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="35"/>
        <source>Remove the selected connection</source>
        <translation>Eliminar la conexión seleccionada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="36"/>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="69"/>
        <source>SSL settings…</source>
        <translation>Configuración SSL…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="70"/>
        <source>Open QGIS&apos;s authentication and SSL settings to trust a certificate authority</source>
        <translation>Abrir la configuración de autenticación y SSL de QGIS para confiar en una autoridad de certificación</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="75"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="76"/>
        <source>Copy the technical details (without any password or token) to the clipboard</source>
        <translation>Copiar los detalles técnicos (sin contraseñas ni tokens) al portapapeles</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="81"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="98"/>
        <source>E-mail or user id</source>
        <translation>Correo electrónico o id. de usuario</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="103"/>
        <source>me@example.com</source>
        <translation>yo@example.com</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="108"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="120"/>
        <source>Remember me (in the QGIS authentication database)</source>
        <translation>Recordarme (en la base de datos de autenticación de QGIS)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="125"/>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="131"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="159"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="167"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="174"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="180"/>
        <source>Refresh the organisation&apos;s credits</source>
        <translation>Actualizar los créditos de la organización</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="181"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="190"/>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="196"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="204"/>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="212"/>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="217"/>
        <source>+44 7700 900000</source>
        <translation>+34 600 000 000</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="224"/>
        <source>E-mail me about:</source>
        <translation>Enviarme correos sobre:</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="229"/>
        <source>Service status</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="234"/>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="239"/>
        <source>My processes and executions</source>
        <translation>Mis procesos y ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="244"/>
        <source>New features</source>
        <translation>Novedades</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="249"/>
        <source>Contact from D-CAT</source>
        <translation>Contacto de D-CAT</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="256"/>
        <source>Change password…</source>
        <translation>Cambiar la contraseña…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="266"/>
        <source>Save details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="278"/>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="283"/>
        <source>Forget me</source>
        <translation>Olvidarme</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/account_dock.ui" line="284"/>
        <source>Log out and remove the remembered credentials from the QGIS authentication database</source>
        <translation>Cerrar sesión y eliminar las credenciales recordadas de la base de datos de autenticación de QGIS</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="6"/>
        <source>Fusion Platform connection</source>
        <translation>Conexión de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/connection_dialog.ui" line="17"/>
        <source>API address</source>
        <translation>Dirección de la API</translation>
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
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="14"/>
        <source>Log in from the Account dock to see your organisation&apos;s data.</source>
        <translation>Inicie sesión desde el panel Cuenta para ver los datos de su organización.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="22"/>
        <source>Search data…</source>
        <translation>Buscar datos…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="28"/>
        <source>Match names that start with the text, or search all text fields</source>
        <translation>Coincidir con los nombres que empiezan por el texto, o buscar en todos los campos de texto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="81"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="30"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="35"/>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="36"/>
        <source>Newest first</source>
        <translation>Recientes primero</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="37"/>
        <source>Oldest first</source>
        <translation>Antiguos primero</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="38"/>
        <source>Name A–Z</source>
        <translation>Nombre A–Z</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="39"/>
        <source>Name Z–A</source>
        <translation>Nombre Z–A</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="44"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="45"/>
        <source>Reload the organisation&apos;s data</source>
        <translation>Volver a cargar los datos de la organización</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="80"/>
        <source>Drag a data item onto the map or the layer list to load it</source>
        <translation>Arrastre un conjunto de datos al mapa o a la lista de capas para cargarlo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="82"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="83"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="97"/>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="118"/>
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="62"/>
        <source>Add to map</source>
        <translation>Añadir al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="63"/>
        <source>Download…</source>
        <translation>Descargar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="64"/>
        <source>STAC…</source>
        <translation>STAC…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="65"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="66"/>
        <source>Copy…</source>
        <translation>Copiar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="67"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="55"/>
        <source>Upload</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="56"/>
        <source>Upload a layer, its selection, a drawn shape, the map extent or files as a data item</source>
        <translation>Subir como conjunto de datos una capa, su selección, una forma dibujada, la extensión del mapa o archivos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="134"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="155"/>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="160"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="165"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="62"/>
        <source>Add the selected data to the map</source>
        <translation>Añadir los datos elegidos al mapa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="63"/>
        <source>Download the selected data&apos;s files to a folder</source>
        <translation>Descargar los archivos de los datos elegidos en una carpeta</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="64"/>
        <source>Show the selected item&apos;s STAC metadata</source>
        <translation>Mostrar los metadatos STAC del elemento elegido</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="65"/>
        <source>Rename the selected item</source>
        <translation>Cambiar el nombre del elemento elegido</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="66"/>
        <source>Copy the selected item on the platform</source>
        <translation>Copiar el elemento elegido en la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/data_dock.ui" line="67"/>
        <source>Delete the selected data from the platform</source>
        <translation>Eliminar los datos elegidos de la plataforma</translation>
    </message>
</context>
<context>
    <name>ExecutionsDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="6"/>
        <source>Executions</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="12"/>
        <source>Show the executions of every process of the organisation, or of one process</source>
        <translation>Mostrar las ejecuciones de todos los procesos de la organización, o de un proceso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="18"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="19"/>
        <source>Reload the executions from the Fusion Platform</source>
        <translation>Volver a cargar las ejecuciones desde Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="26"/>
        <source>Log in from the Account dock to follow executions.</source>
        <translation>Inicie sesión desde el panel Cuenta para seguir las ejecuciones.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="130"/>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="131"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="132"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="133"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="134"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/model.py" line="135"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="95"/>
        <source>Components of the selected execution</source>
        <translation>Componentes de la ejecución seleccionada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="102"/>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="103"/>
        <source>Runtime</source>
        <translation>Tiempo de ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="109"/>
        <source>Previews of the outputs appear here when a finished run is selected.</source>
        <translation>Las vistas previas de las salidas aparecen aquí al seleccionar una ejecución terminada.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="115"/>
        <source>Previews of the selected run&apos;s outputs (nothing is downloaded yet): click one to load the outputs</source>
        <translation>Vistas previas de las salidas de la ejecución seleccionada (todavía no se ha descargado nada): haga clic en una para cargar las salidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="35"/>
        <source>Load outputs</source>
        <translation>Cargar salidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="47"/>
        <source>Show log</source>
        <translation>Mostrar registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="53"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="59"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="41"/>
        <source>Load as time series</source>
        <translation>Cargar como serie temporal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="66"/>
        <source>Refresh streamed layers</source>
        <translation>Actualizar las capas transmitidas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="133"/>
        <source>Delete after</source>
        <translation>Eliminar después del</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="139"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="144"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="145"/>
        <source>Change when the platform deletes this execution (applies to its whole group)</source>
        <translation>Cambiar cuándo elimina la plataforma esta ejecución (se aplica a todo su grupo)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="155"/>
        <source>Load outputs automatically when an execution finishes</source>
        <translation>Cargar las salidas automáticamente cuando termine una ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="161"/>
        <source>Downloading outputs… %p%</source>
        <translation>Descargando las salidas… %p%</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="82"/>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="83"/>
        <source>List the runs of the next page of processes (scrolling to the bottom does it too)</source>
        <translation>Listar las ejecuciones de la siguiente página de procesos (desplazarse hasta abajo también lo hace)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="36"/>
        <source>Add the outputs of the selected run to the map, styled (downloaded once)</source>
        <translation>Añadir al mapa las salidas de la ejecución elegida, con estilo (descargadas una sola vez)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="42"/>
        <source>Load every successful run of this repeating process as dated layers in one group, for the Temporal Controller</source>
        <translation>Cargar cada ejecución correcta de este proceso repetido como capas fechadas en un grupo, para el controlador temporal</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="48"/>
        <source>Show the log of the selected run</source>
        <translation>Mostrar el registro de la ejecución elegida</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="54"/>
        <source>Stop the run: running executions are aborted (partial charges apply)</source>
        <translation>Detener la ejecución: las ejecuciones en curso se interrumpen (se aplican cargos parciales)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="60"/>
        <source>Delete the run (or the whole group) and its outputs on the platform</source>
        <translation>Eliminar la ejecución (o todo el grupo) y sus salidas en la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/executions/dock.ui" line="67"/>
        <source>Renew the links of the layers of this project that stream their data from the platform (links expire after about an hour)</source>
        <translation>Renovar los enlaces de las capas de este proyecto que transmiten sus datos desde la plataforma (los enlaces caducan en aproximadamente una hora)</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="6"/>
        <source>Execution log</source>
        <translation>Registro de la ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="12"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="20"/>
        <source>Search the log…</source>
        <translation>Buscar en el registro…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="46"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="47"/>
        <source>Copy the lines shown to the clipboard</source>
        <translation>Copiar al portapapeles las líneas mostradas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="52"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="53"/>
        <source>Save the lines shown to a text file</source>
        <translation>Guardar las líneas mostradas en un archivo de texto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/log_viewer.ui" line="58"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="10"/>
        <source>Default connection</source>
        <translation>Conexión predeterminada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="16"/>
        <source>Check executions every</source>
        <translation>Comprobar las ejecuciones cada</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="20"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="26"/>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="32"/>
        <source>Load outputs into the project automatically</source>
        <translation>Cargar las salidas en el proyecto automáticamente</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="35"/>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="41"/>
        <source>Stream GeoTIFF outputs larger than</source>
        <translation>Transmitir las salidas GeoTIFF de más de</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="45"/>
        <source>Never (always download)</source>
        <translation>Nunca (descargar siempre)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="46"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/options_page.ui" line="51"/>
        <source>Instead of downloading them, add GeoTIFF outputs larger than this as layers read directly from the platform through GDAL&apos;s /vsicurl/ (0 = never, always download). Warning: the layer&apos;s source then holds a signed download URL - a credential that lets anyone read the file until it expires (about an hour) - but it is never saved in the project file (it is removed on save and renewed when the project is opened). Use &quot;Refresh streamed layers&quot; in the Executions dock to renew expired URLs. GDAL does the HTTP: QGIS&apos;s proxy settings are copied into GDAL&apos;s options, its extra certificates and timeout are not.</source>
        <translation>En lugar de descargarlas, añadir las salidas GeoTIFF de más de este tamaño como capas leídas directamente de la plataforma mediante /vsicurl/ de GDAL (0 = nunca, descargar siempre). Atención: la fuente de la capa contiene entonces una URL de descarga firmada, una credencial que permite a cualquiera leer el archivo hasta que caduque (aproximadamente una hora), pero nunca se guarda en el archivo del proyecto (se elimina al guardar y se renueva al abrir el proyecto). Use «Actualizar las capas transmitidas» en el panel Ejecuciones para renovar las URL caducadas. GDAL realiza el HTTP: la configuración del proxy de QGIS se copia en las opciones de GDAL, pero no sus certificados adicionales ni su tiempo de espera.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="6"/>
        <source>Change Fusion Platform password</source>
        <translation>Cambiar la contraseña de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="11"/>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="17"/>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/password_dialog.ui" line="23"/>
        <source>Repeat new password</source>
        <translation>Repita la nueva contraseña</translation>
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
        <translation>Proceso de Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="10"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="18"/>
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="22"/>
        <source>A name for this process, shown in the Processes dock</source>
        <translation>Un nombre para este proceso, que se muestra en el panel Procesos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="27"/>
        <source>color: #c0392b;</source>
        <translation>color: #c0392b;</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="41"/>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="47"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="53"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="59"/>
        <source>Dispatchers</source>
        <translation>Distribuidores</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="73"/>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="78"/>
        <source>Type a name and press Save to keep the current options and inputs for this service</source>
        <translation>Escriba un nombre y pulse Guardar para conservar las opciones y entradas actuales de este servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="83"/>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="90"/>
        <source>Restore defaults</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="91"/>
        <source>Put every option back to the service&apos;s default</source>
        <translation>Devolver todas las opciones al valor predeterminado del servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="99"/>
        <source>Price: known after Create</source>
        <translation>Precio: se conoce tras Crear</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="117"/>
        <source>Copy as Python</source>
        <translation>Copiar como Python</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="118"/>
        <source>Put the equivalent client script on the clipboard</source>
        <translation>Copiar al portapapeles el script de cliente equivalente</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="126"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="127"/>
        <source>Check the process on the platform and get its price</source>
        <translation>Comprobar el proceso en la plataforma y obtener su precio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="132"/>
        <source>Execute</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/process_editor.ui" line="137"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ProcessesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="6"/>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="10"/>
        <source>Log in from the Account dock to see your processes.</source>
        <translation>Inicie sesión desde el panel Cuenta para ver sus procesos.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="132"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="133"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="134"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="136"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="24"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="18"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="18"/>
        <source>Open the process in the editor</source>
        <translation>Abrir el proceso en el editor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="19"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="19"/>
        <source>Open a copy of the process in the editor</source>
        <translation>Abrir una copia del proceso en el editor</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="20"/>
        <source>Execute</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="21"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="22"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="38"/>
        <source>More…</source>
        <translation>Más…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="39"/>
        <source>List the next page of processes (scrolling to the bottom does it too)</source>
        <translation>Listar la siguiente página de procesos (desplazarse hasta abajo también lo hace)</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.py" line="135"/>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="22"/>
        <source>Delete the process and its runs on the platform</source>
        <translation>Eliminar el proceso y sus ejecuciones en la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/processes_dock.ui" line="24"/>
        <source>Reload the processes from the Fusion Platform</source>
        <translation>Recargar los procesos desde la Fusion Platform</translation>
    </message>
</context>
<context>
    <name>ServicesDock</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="6"/>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="10"/>
        <source>Log in from the Account dock to browse services.</source>
        <translation>Inicie sesión desde el panel Cuenta para explorar los servicios.</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="19"/>
        <source>Search name, keyword or text</source>
        <translation>Buscar nombre, palabra clave o texto</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="24"/>
        <source>Group the services by category or by keyword</source>
        <translation>Agrupar los servicios por categoría o por palabra clave</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="25"/>
        <source>By category</source>
        <translation>Por categoría</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="26"/>
        <source>By keyword</source>
        <translation>Por palabra clave</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="31"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="32"/>
        <source>Reload the services from the platform</source>
        <translation>Volver a cargar los servicios desde la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="42"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="56"/>
        <source>New process…</source>
        <translation>Nuevo proceso…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/services_dock.ui" line="58"/>
        <source>Open the process editor for the selected service</source>
        <translation>Abrir el editor de procesos para el servicio seleccionado</translation>
    </message>
</context>
<context>
    <name>StacDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="6"/>
        <source>STAC metadata</source>
        <translation>Metadatos STAC</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="10"/>
        <source>The STAC collection of the data item, or the STAC item of one of its files</source>
        <translation>La colección STAC del conjunto de datos, o el elemento STAC de uno de sus archivos</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="24"/>
        <source>Save to folder…</source>
        <translation>Guardar en una carpeta…</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/stac_dialog.ui" line="27"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>UploadDialog</name>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="6"/>
        <source>Upload a layer to Fusion Platform</source>
        <translation>Subir una capa a Fusion Platform</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="12"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="18"/>
        <source>Polygon layers are uploaded as GeoJSON in EPSG:4326, raster layers as GeoTIFF</source>
        <translation>Las capas de polígonos se suben como GeoJSON en EPSG:4326 y las capas ráster como GeoTIFF</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="23"/>
        <source>Selected features only</source>
        <translation>Solo las entidades seleccionadas</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="28"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="34"/>
        <source>Name of the new data item on the platform</source>
        <translation>Nombre del nuevo conjunto de datos en la plataforma</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="44"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
    <message>
        <location filename="../fusion_platform_qgis/gui/upload_dialog.ui" line="52"/>
        <source>Use the suggested ASCII name</source>
        <translation>Usar el nombre ASCII sugerido</translation>
    </message>
</context>
</TS>
