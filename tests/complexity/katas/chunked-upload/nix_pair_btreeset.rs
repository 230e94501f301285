// learner: optimal
// idiom: Nix: ranges are an ordered set of { start; end; } tuples (BTreeSet<(u64, u64)>), merging written as a small recursive-looking `absorb` step repeated to a fixed point
// why: predecessor lookup and each absorbed range cost O(log n); every stored range is absorbed at most once: O(k log n) per chunk, O(log n) amortised; missing is O(n)

use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    spans: BTreeSet<(u64, u64)>,
    total: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, spans: BTreeSet::new(), total: 0 }
    }

    /// one merge step: take a stored span that overlaps or touches [a, b), if any
    fn absorb(&mut self, a: u64, b: u64) -> Option<(u64, u64)> {
        let before = self.spans.range(..(a, 0)).next_back().copied().filter(|&(_, e)| e >= a);
        let inside = || self.spans.range((a, 0)..=(b, u64::MAX)).next().copied();
        let hit = before.or_else(inside)?;
        self.spans.remove(&hit);
        Some(hit)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b, mut old) = (offset, end, 0);
        while let Some((s, e)) = self.absorb(a, b) {
            old += e - s;
            a = a.min(s);
            b = b.max(e);
        }
        self.spans.insert((a, b));
        let fresh = (b - a) - old;
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::with_capacity(self.spans.len() + 1);
        let mut from = 0;
        for &(s, e) in &self.spans {
            if from < s {
                out.push(from..s);
            }
            from = e;
        }
        if from < self.size {
            out.push(from..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
