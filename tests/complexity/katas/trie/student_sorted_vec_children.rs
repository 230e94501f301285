// learner: optimal
// idiom: student: Box-linked nodes, children as a sorted Vec<(char, Node)> with binary_search (alphabet-bounded), iterative walks, stack of (node, depth) with a String truncated back
#[derive(Debug, Default)]
struct N {
    k: Vec<(char, N)>,
    e: bool,
}

#[derive(Debug)]
pub struct Trie {
    r: N,
    c: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Self::new()
    }
}

impl Trie {
    pub fn new() -> Self {
        Trie { r: N::default(), c: 0 }
    }

    fn go(&self, s: &str) -> Option<&N> {
        let mut n = &self.r;
        for ch in s.chars() {
            let i = n.k.binary_search_by(|(x, _)| x.cmp(&ch)).ok()?;
            n = &n.k[i].1;
        }
        Some(n)
    }

    pub fn insert(&mut self, word: &str) -> bool {
        let mut n = &mut self.r;
        for ch in word.chars() {
            let i = match n.k.binary_search_by(|(x, _)| x.cmp(&ch)) {
                Ok(i) => i,
                Err(i) => {
                    n.k.insert(i, (ch, N::default()));
                    i
                }
            };
            n = &mut n.k[i].1;
        }
        if n.e {
            false
        } else {
            n.e = true;
            self.c += 1;
            true
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        matches!(self.go(word), Some(n) if n.e)
    }

    pub fn starts_with(&self, prefix: &str) -> bool {
        self.c != 0 && self.go(prefix).is_some()
    }

    pub fn len(&self) -> usize {
        self.c
    }

    pub fn is_empty(&self) -> bool {
        self.c == 0
    }

    pub fn words_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut out = vec![];
        let Some(n) = self.go(prefix) else { return out };
        let base = prefix.len();
        let mut buf = String::from(prefix);
        // (node, byte length of buf when it is entered, char to push)
        let mut st: Vec<(&N, usize, Option<char>)> = vec![(n, base, None)];
        while let Some((n, l, ch)) = st.pop() {
            buf.truncate(l);
            if let Some(ch) = ch {
                buf.push(ch);
            }
            if n.e {
                out.push(buf.clone());
            }
            let l2 = buf.len();
            for (ch, m) in n.k.iter().rev() {
                st.push((m, l2, Some(*ch)));
            }
        }
        out
    }
}
