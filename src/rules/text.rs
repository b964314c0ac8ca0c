//! Search-friendly text: case and accent folding, and match highlighting.
//!
//! Folding maps each character to exactly one character, so a match found in
//! the folded text has the same character offsets in the original: that is
//! what lets the view highlight the user's own words without a regex engine.

/// Folds one character: lower case, Latin accents removed.
pub fn fold_char(c: char) -> char {
    let lower = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' | 'ţ' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        // Typographic quotes and dashes match their plain forms.
        '’' | '‘' => '\'',
        '“' | '”' => '"',
        '–' | '—' => '-',
        other => other,
    }
}

/// The folded form of a whole string (same number of characters).
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// A prepared search query: folded, trimmed; empty means "match everything".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    folded: Vec<char>,
    /// The same, as a string: searching folded *strings* uses the standard
    /// library's substring search, much faster than comparing char slices.
    folded_text: String,
}

impl Query {
    pub fn new(raw: &str) -> Query {
        let folded_text = fold(raw.trim());
        Query {
            folded: folded_text.chars().collect(),
            folded_text,
        }
    }
    pub fn is_empty(&self) -> bool {
        self.folded.is_empty()
    }
    /// The folded, trimmed query text.
    pub fn folded_str(&self) -> &str {
        &self.folded_text
    }
    /// Whether `text` contains the query, ignoring case and accents.
    pub fn matches(&self, text: &str) -> bool {
        self.is_empty()
            || self
                .find_in(&text.chars().map(fold_char).collect::<Vec<_>>(), 0)
                .is_some()
    }

    /// Whether an already-folded string (see [`fold`]) contains the query.
    /// Same answer as [`Query::matches_folded`] on its chars: UTF-8 substring
    /// search matches exactly the char sequences.
    pub fn matches_folded_str(&self, folded: &str) -> bool {
        self.is_empty() || folded.contains(self.folded_text.as_str())
    }

    /// Whether already-folded text (see [`fold`]) contains the query.
    pub fn matches_folded(&self, folded: &[char]) -> bool {
        self.is_empty() || self.find_in(folded, 0).is_some()
    }

    fn find_in(&self, hay: &[char], from: usize) -> Option<usize> {
        let n = self.folded.len();
        if n == 0 || hay.len() < n {
            return None;
        }
        (from..=hay.len() - n).find(|&i| hay[i..i + n] == self.folded[..])
    }

    /// Splits `text` into runs, marking the runs that match the query.
    ///
    /// ```
    /// use responsibility_matrix::rules::text::Query;
    /// let runs = Query::new("patch").highlight("OS Patching");
    /// assert_eq!(runs, vec![("OS ".to_string(), false), ("Patch".to_string(), true), ("ing".to_string(), false)]);
    /// ```
    pub fn highlight(&self, text: &str) -> Vec<(String, bool)> {
        let chars: Vec<char> = text.chars().collect();
        let folded: Vec<char> = chars.iter().map(|c| fold_char(*c)).collect();
        let mut runs = Vec::new();
        let mut at = 0;
        if !self.is_empty() {
            let mut from = 0;
            while let Some(i) = self.find_in(&folded, from) {
                if i > at {
                    runs.push((chars[at..i].iter().collect(), false));
                }
                let end = i + self.folded.len();
                runs.push((chars[i..end].iter().collect(), true));
                at = end;
                from = end;
            }
        }
        if at < chars.len() || runs.is_empty() {
            runs.push((chars[at..].iter().collect(), false));
        }
        runs
    }
}

/// At most `max` characters of `s`, with "…" when cut: how messages quote a value.
///
/// ```
/// use responsibility_matrix::rules::text::clip;
/// assert_eq!(clip("héllo", 5), "héllo");
/// assert_eq!(clip("héllo!", 5), "héllo…");
/// ```
pub fn clip(s: &str, max: usize) -> String {
    let mut t: String = s.chars().take(max).collect();
    if s.chars().nth(max).is_some() {
        t.push('…');
    }
    t
}
