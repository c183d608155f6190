// The namespaces most files of the domain use; a file adds its own usings for the rest.
global using DigitalBorderGate.Domain.Declarations;
