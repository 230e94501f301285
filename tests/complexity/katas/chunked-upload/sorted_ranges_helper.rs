// learner: optimal
// idiom: BTreeMap start->end with neighbour lookup and a while-let swallow loop (amortised); a helper method named `sorted_ranges()` only iterates the already-ordered map (no sorting), O(n) missing
use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ranges: BTreeMap<u64, u64>,
    received: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ranges: BTreeMap::new(), received: 0 }
    }

    /// The stored ranges, already in increasing order (a BTreeMap keeps them sorted).
    fn sorted_ranges(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.ranges.iter().map(|(&s, &e)| (s, e))
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi) = (offset, end);
        let mut removed = 0;
        if let Some((&s, &e)) = self.ranges.range(..lo).next_back() {
            if e >= lo {
                self.ranges.remove(&s);
                removed += e - s;
                lo = s;
                hi = hi.max(e);
            }
        }
        while let Some((&s, &e)) = self.ranges.range(lo..=hi).next() {
            self.ranges.remove(&s);
            removed += e - s;
            hi = hi.max(e);
        }
        self.ranges.insert(lo, hi);
        let new = (hi - lo) - removed;
        self.received += new;
        Ok(new)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut out = Vec::new();
        let mut pos = 0;
        for (s, e) in self.sorted_ranges() {
            if s > pos {
                out.push(pos..s);
            }
            pos = e;
        }
        if pos < self.size {
            out.push(pos..self.size);
        }
        out
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
