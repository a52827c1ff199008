/// Placeholder until the TeX module lands: escapes nothing, renders nothing.
public enum TeX {}
