<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>SceneGraph</name>
    <message>
        <location filename="../../common/quickapp/scenegraph.cpp" line="52"/>
        <source>Draw with: software, opengl, or auto (default: OpenGL on a graphics card, software without one).</source>
        <translation>Gambar dengan: software, opengl, atau auto (bawaan: OpenGL bila ada kartu grafis, software bila tidak).</translation>
    </message>
    <message>
        <location filename="../../common/quickapp/scenegraph.cpp" line="54"/>
        <source>renderer</source>
        <translation>penggambar</translation>
    </message>
    <message>
        <location filename="../../common/quickapp/scenegraph.cpp" line="72"/>
        <source>--renderer: expected software, opengl or auto, got &quot;%1&quot;</source>
        <translation>--renderer: seharusnya software, opengl atau auto, bukan &quot;%1&quot;</translation>
    </message>
</context>
</TS>
