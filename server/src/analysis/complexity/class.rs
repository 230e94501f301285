//! Complexity classes `n^a · log^b n`, plus `2^n`, and how kata.toml writes
//! them.
//!
//! Parsing rule for targets (documented in docs/kata-format.md): the text
//! inside `O(…)` is a sum of terms; each term is a product of factors (`n`,
//! `n^2`, `log n`, `log^2 n`, `2^n`, constants, or any other variable). Every
//! variable stands for the input size `n`, except that when some term
//! mentions `n` itself, terms in other variables only (an output size `k`, a
//! second input `m`) are dropped. The class is the dominant remaining term:
//! `O(n + m)` → O(n), `O(V + E)` → O(n), `O(log n + k)` → O(log n),
//! `O(k)` → O(n), `O(b)` → O(n).
//!
//! An output size is a variable other than `n` that only ever multiplies a
//! `log n` (`O(d log n)`, `O(k log n)`: a logarithmic search per reported
//! item). Read as n, the bound would let a walk over the whole input pass
//! (O(n) ≤ O(n log n)), so the bound also keeps its class for a constant
//! output (`O(log n)`): an estimate above it that walks every element of an
//! input exceeds the target. A variable that also stands elsewhere
//! (`O(v len + v log n)`) counts real work and is read as n.

use std::cmp::Ordering;
use std::fmt;

/// `n^poly · log^log n`, or exponential (`2^n`, which dominates every
/// polynomial).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Class {
    pub exp: bool,
    pub poly: u8,
    pub log: u8,
}

impl Ord for Class {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.exp, self.poly, self.log).cmp(&(other.exp, other.poly, other.log))
    }
}

impl PartialOrd for Class {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Class {
    pub const ONE: Class = Class::new(0, 0);
    pub const LOG: Class = Class::new(0, 1);
    pub const N: Class = Class::new(1, 0);
    pub const N_LOG: Class = Class::new(1, 1);
    pub const N2: Class = Class::new(2, 0);
    pub const N3: Class = Class::new(3, 0);
    pub const EXP: Class = Class {
        exp: true,
        poly: 0,
        log: 0,
    };

    pub const fn new(poly: u8, log: u8) -> Class {
        Class {
            exp: false,
            poly,
            log,
        }
    }

    /// The cost of doing `self` work `other` times.
    pub fn times(self, other: Class) -> Class {
        if self.exp || other.exp {
            return Class::EXP;
        }
        Class::new(
            self.poly.saturating_add(other.poly).min(9),
            self.log.saturating_add(other.log).min(9),
        )
    }

    pub fn is_one(self) -> bool {
        self == Class::ONE
    }

    /// Above `target` by log factors only (`n log n` against `n`): a gap a
    /// fit of measured growth over doubling sizes cannot see.
    pub fn log_only_over(self, target: Class) -> bool {
        self.exp == target.exp && self.poly == target.poly && self.log > target.log
    }

    /// The exponent of `n` a log–log fit should find (log factors add a
    /// little slope but not a whole unit); infinite for `2^n`.
    pub fn exponent(self) -> f64 {
        if self.exp {
            f64::INFINITY
        } else {
            self.poly as f64
        }
    }

    /// `n`, `n log n`, `log^2 n`, `2^n` (without the `O( )`).
    pub fn term(self) -> String {
        if self.exp {
            return "2^n".into();
        }
        let mut parts = Vec::new();
        match self.poly {
            0 => {}
            1 => parts.push("n".to_string()),
            p => parts.push(format!("n^{p}")),
        }
        match self.log {
            0 => {}
            1 => parts.push("log n".to_string()),
            l => parts.push(format!("log^{l} n")),
        }
        if parts.is_empty() {
            "1".into()
        } else {
            parts.join(" ")
        }
    }

    /// Parses a kata.toml complexity such as `O(n log n)` (rule above).
    pub fn parse(text: &str) -> Result<Class, String> {
        Ok(Class::parse_bound(text)?.class)
    }

    /// Parses a kata.toml complexity into its class and, when it grows with
    /// the size of the output, its class for a small output (rule above).
    pub fn parse_bound(text: &str) -> Result<Bound, String> {
        let mut trimmed = text.trim();
        // `O(1) amortised`: words after the class are qualifiers.
        if let Some(end) = trimmed.rfind(')') {
            trimmed = &trimmed[..=end];
        }
        let inner = trimmed
            .strip_prefix("O(")
            .or_else(|| trimmed.strip_prefix("o("))
            .and_then(|s| s.strip_suffix(')'))
            .ok_or_else(|| format!("`{text}` is not written as O(…)"))?;
        let mut inner = inner
            .replace("log(n)", "log n")
            .replace("lg ", "log ")
            .replace(['·', '*', '×'], " ")
            .replace('²', "^2")
            .replace('³', "^3");
        // Qualifiers such as `O(1) amortised` or `O(n) expected` are
        // accepted and ignored.
        for word in [
            "amortised",
            "amortized",
            "expected",
            "average",
            "worst",
            "case",
        ] {
            inner = inner.replace(word, " ");
        }
        let mut terms = Vec::new();
        for term in inner.split('+') {
            terms.push(parse_term(term).map_err(|e| format!("`{text}`: {e}"))?);
        }
        let any_n = terms.iter().any(|t| t.vars.iter().any(|v| v == "n"));
        let kept: Vec<&Term> = terms
            .iter()
            .filter(|t| !any_n || t.vars.is_empty() || t.vars.iter().any(|v| v == "n"))
            .collect();
        let class = kept
            .iter()
            .map(|t| t.class)
            .max()
            .ok_or_else(|| format!("`{text}` has no term"))?;
        // An output size: a variable other than `n` that only ever
        // multiplies a `log n` (never stands in a term without `n`):
        // `d log n` is a logarithmic search per reported item.
        let output = |v: &str| {
            v != "n"
                && terms.iter().all(|t| {
                    !t.vars.iter().any(|w| w == v)
                        || (t.has_log_n && t.vars.iter().any(|w| w == "n"))
                })
        };
        let small_output = kept
            .iter()
            .any(|t| t.vars.iter().any(|v| output(v)))
            .then(|| {
                kept.iter()
                    .map(|t| {
                        t.factors
                            .iter()
                            .filter(|(v, _)| !output(v))
                            .fold(Class::ONE, |acc, (_, c)| acc.times(*c))
                    })
                    .max()
                    .unwrap_or(Class::ONE)
            })
            .filter(|small| *small < class);
        Ok(Bound {
            class,
            small_output,
            other_sizes: terms.iter().any(|t| t.vars.iter().any(|v| v != "n")),
        })
    }
}

/// A target class. `O(d log n)` with an output size `d` is `O(n log n)`
/// when every block differs, but a solution that walks every element of its
/// input costs O(n) even when a single one does: `small_output` is the class
/// with the output sizes read as constants (`O(log n)`), which such a walk
/// exceeds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bound {
    /// Every remaining variable read as n.
    pub class: Class,
    /// The class for a constant-size output, when it is lower.
    pub small_output: Option<Class>,
    /// The target names sizes other than `n` (`O(d)`, `O(V + E)`), which
    /// the estimate, counting one size, reads as n or drops.
    pub other_sizes: bool,
}

impl Bound {
    /// Whether an estimate of `time` exceeds the bound; `walks_input` when
    /// the estimate walks every element of an input whatever the output.
    pub fn exceeded_by(&self, time: Class, walks_input: bool) -> bool {
        match self.small_output {
            Some(small) if time > small && walks_input => true,
            _ => time > self.class,
        }
    }
}

struct Term {
    class: Class,
    vars: Vec<String>,
    /// Each factor with its variable (`""` for constants).
    factors: Vec<(String, Class)>,
    has_log_n: bool,
}

fn parse_term(term: &str) -> Result<Term, String> {
    let mut factors: Vec<(String, Class)> = Vec::new();
    let mut has_log_n = false;
    let tokens: Vec<&str> = term.split_whitespace().collect();
    if tokens.is_empty() {
        return Err("empty term".into());
    }
    let mut i = 0;
    while i < tokens.len() {
        let tok = tokens[i];
        i += 1;
        if let Some(rest) = tok.strip_prefix("log") {
            // `log n`, `log^2 n`, `logn`
            let power: u8 = match rest.strip_prefix('^') {
                Some(p) => p.parse().map_err(|_| format!("bad power in `{tok}`"))?,
                None if rest.is_empty() => 1,
                None => {
                    has_log_n |= rest == "n";
                    factors.push((rest.to_string(), Class::LOG));
                    continue;
                }
            };
            let var = tokens.get(i).ok_or("`log` without a variable")?;
            i += 1;
            has_log_n |= *var == "n";
            factors.push((var.to_string(), Class::new(0, power)));
            continue;
        }
        if tok.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some((_, var)) = tok.split_once('^') {
                // 2^n
                factors.push((var.to_string(), Class::EXP));
            } else if tok.parse::<f64>().is_err() {
                return Err(format!("cannot read `{tok}`"));
            }
            continue;
        }
        let (var, power) = match tok.split_once('^') {
            Some((v, p)) => (
                v,
                p.parse::<u8>()
                    .map_err(|_| format!("bad power in `{tok}`"))?,
            ),
            None => (tok, 1),
        };
        let var = var.trim_start_matches("sqrt(").trim_end_matches(')');
        if var.is_empty() || !var.chars().all(|c| c.is_alphanumeric() || c == '_') {
            return Err(format!("cannot read `{tok}`"));
        }
        factors.push((var.to_string(), Class::new(power, 0)));
    }
    Ok(Term {
        class: factors.iter().fold(Class::ONE, |acc, (_, c)| acc.times(*c)),
        vars: factors.iter().map(|(v, _)| v.clone()).collect(),
        factors,
        has_log_n,
    })
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "O({})", self.term())
    }
}

impl std::str::FromStr for Class {
    type Err = String;
    fn from_str(s: &str) -> Result<Class, String> {
        Class::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn parses_kata_toml_classes() {
        let cases = [
            "O(1)",
            "O(log n)",
            "O(n)",
            "O(n log n)",
            "O(n^2)",
            "O(n²)",
            "O(n + m)",
            "O(V + E)",
            "O(k)",
            "O(m)",
            "O(log n + k)",
            "O(b)",
            "O(max_attempts)",
            "O(2^n)",
            "O(n * m)",
            "O(log^2 n)",
            "O(n^2 log n)",
            "O(d)",
            "O(1) amortised",
            "O(n) expected",
            "n",
            "O(n log)",
        ];
        let out: Vec<String> = cases
            .iter()
            .map(|c| match Class::parse(c) {
                Ok(class) => format!("{c} => {class}"),
                Err(e) => format!("{c} => error: {e}"),
            })
            .collect();
        expect![[r#"
            O(1) => O(1)
            O(log n) => O(log n)
            O(n) => O(n)
            O(n log n) => O(n log n)
            O(n^2) => O(n^2)
            O(n²) => O(n^2)
            O(n + m) => O(n)
            O(V + E) => O(n)
            O(k) => O(n)
            O(m) => O(n)
            O(log n + k) => O(log n)
            O(b) => O(n)
            O(max_attempts) => O(n)
            O(2^n) => O(2^n)
            O(n * m) => O(n^2)
            O(log^2 n) => O(log^2 n)
            O(n^2 log n) => O(n^2 log n)
            O(d) => O(n)
            O(1) amortised => O(1)
            O(n) expected => O(n)
            n => error: `n` is not written as O(…)
            O(n log) => error: `O(n log)`: `log` without a variable"#]]
        .assert_eq(&out.join("\n"));
    }

    #[test]
    fn output_sizes_next_to_log_n() {
        let cases = [
            "O(d log n)",
            "O(k log n)",
            "O(log n + k)",
            "O(v len + v log n)",
            "O(len + log n)",
            "O(N log k)",
            "O(k + N log k)",
            "O(q p + r log r)",
            "O(n log n)",
            "O(m + k)",
        ];
        let out: Vec<String> = cases
            .iter()
            .map(|c| {
                let b = Class::parse_bound(c).unwrap();
                match b.small_output {
                    Some(small) => format!("{c} => {}, small output {small}", b.class),
                    None => format!("{c} => {}", b.class),
                }
            })
            .collect();
        expect![[r#"
            O(d log n) => O(n log n), small output O(log n)
            O(k log n) => O(n log n), small output O(log n)
            O(log n + k) => O(log n)
            O(v len + v log n) => O(n log n)
            O(len + log n) => O(log n)
            O(N log k) => O(n log n)
            O(k + N log k) => O(n log n)
            O(q p + r log r) => O(n^2)
            O(n log n) => O(n log n)
            O(m + k) => O(n)"#]]
        .assert_eq(&out.join("\n"));
        let bound = Class::parse_bound("O(d log n)").unwrap();
        assert!(bound.exceeded_by(Class::N, true));
        assert!(!bound.exceeded_by(Class::N, false));
        assert!(!bound.exceeded_by(Class::LOG, true));
        assert!(bound.exceeded_by(Class::N2, false));
    }

    #[test]
    fn orders_and_multiplies() {
        assert!(Class::EXP > Class::N3);
        assert!(Class::N_LOG > Class::N);
        assert!(Class::N > Class::new(0, 5));
        assert_eq!(Class::N.times(Class::N_LOG), Class::new(2, 1));
        assert_eq!(Class::LOG.times(Class::EXP), Class::EXP);
    }
}
