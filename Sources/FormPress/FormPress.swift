@_exported import FormModel
@_exported import Parse
@_exported import Layout
@_exported import Emit
