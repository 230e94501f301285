// learner: optimal
// idiom: Nix: received bytes as an ordered attrset start -> end of merged ranges; a chunk swallows its neighbours until a fixed point (nothing left to merge), new bytes = merged length - swallowed
// why: one range(..a).next_back() plus k range(a..=b).next() lookups and removals, O(log n) each: O(k log n), amortised O(log n); missing walks the map once: O(n)

use std::collections::BTreeMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: BTreeMap<u64, u64>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: BTreeMap::new(), got: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = match offset.checked_add(len) {
            Some(e) if e <= self.size => e,
            _ => return Err(UploadError::OutOfBounds { offset, len, size: self.size }),
        };
        if len == 0 {
            return Ok(0);
        }
        let (mut a, mut b) = (offset, end);
        let mut swallowed = 0u64;
        // the one range that starts before a and reaches it
        if let Some((&s, &e)) = self.have.range(..a).next_back() {
            if e >= a {
                self.have.remove(&s);
                swallowed += e - s;
                a = s;
                b = b.max(e);
            }
        }
        // every range starting inside [a, b]: merge until nothing is left
        while let Some((&s, &e)) = self.have.range(a..=b).next() {
            self.have.remove(&s);
            swallowed += e - s;
            b = b.max(e);
        }
        self.have.insert(a, b);
        let fresh = (b - a) - swallowed;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut gaps = Vec::new();
        let mut cursor = 0u64;
        for (&s, &e) in &self.have {
            if s > cursor {
                gaps.push(cursor..s);
            }
            cursor = e;
        }
        if cursor < self.size {
            gaps.push(cursor..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
