@echo off
rem The annalist command of the binary distribution on Windows: needs only Java 17 or newer.
setlocal EnableDelayedExpansion
set "ANNALIST_HOME=%~dp0.."
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "JVM_OPTIONS="
for /f "usebackq eol=# tokens=*" %%o in ("%ANNALIST_HOME%\bin\jvm.options") do set "JVM_OPTIONS=!JVM_OPTIONS! %%o"
if not defined ANNALIST_JAVA_OPTS set "ANNALIST_JAVA_OPTS=-Xmx1g"
"%JAVA%" %JVM_OPTIONS% %ANNALIST_JAVA_OPTS% -cp "%ANNALIST_HOME%\lib\*" org.annalist.cli.Annalist %*
