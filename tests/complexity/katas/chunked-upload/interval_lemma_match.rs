// learner: optimal
// idiom: intervals as a proper type with a "touches" lemma, explicit Overlap classification enum, loop/match absorption, missing as a fold
//! Tracks which byte ranges of a resumable upload have arrived.

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}
use std::collections::BTreeMap;

/// Half-open interval [lo, hi) with lo < hi.
#[derive(Debug, Clone, Copy)]
struct Iv {
    lo: u64,
    hi: u64,
}

impl Iv {
    fn len(self) -> u64 {
        self.hi - self.lo
    }
    /// Lemma: two half-open intervals can be merged iff neither lies strictly past the other.
    fn touches(self, other: Iv) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
    fn hull(self, other: Iv) -> Iv {
        Iv { lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }
}

enum Overlap {
    None,
    With(Iv),
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    ivs: BTreeMap<u64, u64>,
    got: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, ivs: BTreeMap::new(), got: 0 }
    }

    /// The stored interval that starts at or before `x.lo` and touches x, if any.
    fn left_of(&self, x: Iv) -> Overlap {
        match self.ivs.range(..=x.lo).next_back() {
            Some((&lo, &hi)) if Iv { lo, hi }.touches(x) => Overlap::With(Iv { lo, hi }),
            _ => Overlap::None,
        }
    }

    /// The first stored interval starting inside (x.lo, x.hi], if any.
    fn inside(&self, x: Iv) -> Overlap {
        match self.ivs.range(x.lo..=x.hi).next() {
            Some((&lo, &hi)) => Overlap::With(Iv { lo, hi }),
            None => Overlap::None,
        }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let hi = offset
            .checked_add(len)
            .filter(|&h| h <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let mut cur = Iv { lo: offset, hi };
        let mut old = 0u64;
        if let Overlap::With(iv) = self.left_of(cur) {
            self.ivs.remove(&iv.lo);
            old += iv.len();
            cur = cur.hull(iv);
        }
        loop {
            match self.inside(cur) {
                Overlap::None => break,
                Overlap::With(iv) => {
                    self.ivs.remove(&iv.lo);
                    old += iv.len();
                    cur = cur.hull(iv);
                }
            }
        }
        self.ivs.insert(cur.lo, cur.hi);
        let fresh = cur.len() - old;
        self.got += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let (mut acc, last) = self.ivs.iter().fold((Vec::new(), 0u64), |(mut acc, pos), (&lo, &hi)| {
            if lo > pos {
                acc.push(pos..lo);
            }
            (acc, hi)
        });
        if last < self.size {
            acc.push(last..self.size);
        }
        acc
    }

    pub fn received_bytes(&self) -> u64 {
        self.got
    }

    pub fn is_complete(&self) -> bool {
        self.got == self.size
    }
}
