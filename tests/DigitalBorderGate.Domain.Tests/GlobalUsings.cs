// The namespaces most tests use; a file adds its own usings for the rest.
global using DigitalBorderGate.Domain.Declarations;
global using DigitalBorderGate.Domain.Reference;
global using DigitalBorderGate.Domain.Validation;
global using DigitalBorderGate.Domain.Validation.Rules;
