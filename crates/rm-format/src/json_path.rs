//! The JSON path (`sections[0].rows[2].domain`) of a serde_json error,
//! recovered from the error's line and column by scanning the text up to it.
//!
//! Why not `serde_path_to_error`: it wraps every deserialiser and visitor in
//! the model, which grows the wasm for something only needed once a file is
//! already rejected. The scan runs only then, in linear time
//! and without recursion, so a deeply nested or huge bad file is still cheap.
//!
//! Which member an error belongs to depends on where serde_json stops:
//! - a bad value (unknown variant, wrong type, number out of range) stops in or
//!   right after the value: the path names the value's key or index;
//! - a missing field stops after the object's `}`: the path names the object;
//! - an unknown field stops after the key: the path names the key;
//! - a duplicate key stops after the key too, but the fault is the object's:
//!   the path names the object;
//! - a syntax error between members names the object or array around it.

use crate::validate::join_key;
use std::fmt::Write as _;

/// What kind of error the position belongs to (see the module notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorAt {
    /// A value was read but is not acceptable (serde's "data" errors).
    Value,
    /// A key was read and is a duplicate.
    DuplicateKey,
    /// The text is not JSON at the offending character (not end of input).
    Syntax,
    /// The text ends too early.
    Eof,
}

impl ErrorAt {
    /// Classifies a serde_json error.
    pub fn of(e: &serde_json::Error) -> Self {
        if e.is_eof() {
            ErrorAt::Eof
        } else if e.is_syntax() {
            ErrorAt::Syntax
        } else if e.to_string().starts_with("duplicate ") {
            ErrorAt::DuplicateKey
        } else {
            ErrorAt::Value
        }
    }
}

/// Where a container stands at the scan's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// No member yet, or between members (after `{`, `[` or `,`; or reading a key).
    Between,
    /// A key was read; its `:` is not.
    AfterKey,
    /// A member's value has begun and is not complete.
    InValue,
    /// A member's value is complete.
    AfterValue,
}

#[derive(Debug)]
enum Frame {
    Object { key: Option<String>, phase: Phase },
    Array { index: usize, phase: Phase },
}

impl Frame {
    fn phase_mut(&mut self) -> &mut Phase {
        match self {
            Frame::Object { phase, .. } | Frame::Array { phase, .. } => phase,
        }
    }
}

/// The path of a serde_json error reported at `line`/`column` (1-based line;
/// the column counts bytes, as serde_json does) in `json`.
pub fn error_path(json: &str, e: &serde_json::Error) -> String {
    let at = ErrorAt::of(e);
    // A syntax error's position includes the offending byte, which is not scanned.
    let end = match (at, end_of_read(json, e)) {
        (ErrorAt::Eof, _) | (_, None) => json.len(),
        (ErrorAt::Syntax, Some(end)) => end.saturating_sub(1),
        (_, Some(end)) => end,
    };
    path_at(json, end.min(json.len()), at)
}

/// The byte offset just past what serde_json had read when it reported `e`:
/// its line is 1-based and its column counts the bytes read on that line.
/// `None` if that line is not in `json`.
pub fn end_of_read(json: &str, e: &serde_json::Error) -> Option<usize> {
    let line_start = if e.line() <= 1 {
        0
    } else {
        json.match_indices('\n').nth(e.line() - 2)?.0 + 1
    };
    line_start.checked_add(e.column())
}

/// The path of the member being read when a scan of `json` stops at byte `end`.
pub fn path_at(json: &str, end: usize, at: ErrorAt) -> String {
    let bytes = json.as_bytes();
    let end = end.min(bytes.len());
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    // A value begins in the innermost container (or at the top).
    fn begin_value(frames: &mut [Frame]) {
        if let Some(f) = frames.last_mut() {
            *f.phase_mut() = Phase::InValue;
        }
    }
    fn end_value(frames: &mut [Frame]) {
        if let Some(f) = frames.last_mut() {
            *f.phase_mut() = Phase::AfterValue;
        }
    }
    while i < end {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'{' | b'[' => {
                begin_value(&mut frames);
                frames.push(if bytes[i] == b'{' {
                    Frame::Object {
                        key: None,
                        phase: Phase::Between,
                    }
                } else {
                    Frame::Array {
                        index: 0,
                        phase: Phase::Between,
                    }
                });
                i += 1;
            }
            b'}' | b']' => {
                frames.pop();
                end_value(&mut frames);
                i += 1;
            }
            b',' => {
                match frames.last_mut() {
                    Some(Frame::Object { key, phase }) => {
                        *key = None;
                        *phase = Phase::Between;
                    }
                    Some(Frame::Array { index, phase }) => {
                        *index += 1;
                        *phase = Phase::Between;
                    }
                    None => {}
                }
                i += 1;
            }
            b':' => {
                if let Some(Frame::Object { phase, .. }) = frames.last_mut() {
                    *phase = Phase::InValue;
                }
                i += 1;
            }
            b'"' => {
                let close = string_end(bytes, i);
                let is_key = matches!(
                    frames.last(),
                    Some(Frame::Object {
                        phase: Phase::Between,
                        ..
                    })
                );
                match close {
                    Some(close) if close < end => {
                        if is_key {
                            if let Some(Frame::Object { key, phase }) = frames.last_mut() {
                                *key = Some(decode_key(&json[i..=close]));
                                *phase = Phase::AfterKey;
                            }
                        } else {
                            end_value(&mut frames);
                        }
                        i = close + 1;
                    }
                    // The scan ends inside the string: a key is not read yet,
                    // a value is being read.
                    _ => {
                        if !is_key {
                            begin_value(&mut frames);
                        }
                        break;
                    }
                }
            }
            _ => {
                // A number or literal: up to the next delimiter.
                let stop = bytes[i..]
                    .iter()
                    .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                    .map_or(bytes.len(), |n| i + n);
                if stop < end {
                    end_value(&mut frames);
                    i = stop;
                } else {
                    begin_value(&mut frames);
                    break;
                }
            }
        }
    }
    let mut path = String::new();
    let last = frames.len().saturating_sub(1);
    for (n, frame) in frames.iter().enumerate() {
        let phase = match frame {
            Frame::Object { phase, .. } | Frame::Array { phase, .. } => *phase,
        };
        // Outer containers are always inside their current member.
        let include = n < last
            || match phase {
                Phase::Between => false,
                Phase::AfterKey => at != ErrorAt::DuplicateKey,
                Phase::InValue => true,
                Phase::AfterValue => matches!(at, ErrorAt::Value),
            };
        if !include {
            continue;
        }
        match frame {
            Frame::Object { key: Some(k), .. } => path = join_key(&path, k),
            Frame::Object { key: None, .. } => {}
            Frame::Array { index, .. } => {
                let _ = write!(path, "[{index}]");
            }
        }
    }
    path
}

/// The index of the `"` closing the string that opens at `start`, if any.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// A key as its text (escapes decoded); the raw text if it does not decode.
fn decode_key(quoted: &str) -> String {
    serde_json::from_str::<String>(quoted).unwrap_or_else(|_| quoted.trim_matches('"').to_string())
}
