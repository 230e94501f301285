// learner: optimal
// idiom: generic RangeSet<T> over a trait Offset (Ord + Copy + arithmetic), Upload delegates to it; merge with while-let and Option combinators, missing via flat_map over chained boundaries
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::iter;
use std::ops::{Add, Range, Sub};

pub trait Offset: Ord + Copy + Add<Output = Self> + Sub<Output = Self> + Default {}
impl<T: Ord + Copy + Add<Output = T> + Sub<Output = T> + Default> Offset for T {}

#[derive(Debug, Clone, Default)]
struct RangeSet<T: Offset> {
    by_start: BTreeMap<T, T>,
    covered: T,
}

impl<T: Offset> RangeSet<T> {
    fn take_touching_left(&mut self, at: T) -> Option<(T, T)> {
        let (s, e) = self.by_start.range(..at).next_back().map(|(s, e)| (*s, *e))?;
        if e < at {
            return None;
        }
        self.by_start.remove(&s);
        Some((s, e))
    }

    fn take_starting_within(&mut self, lo: T, hi: T) -> Option<(T, T)> {
        let (s, e) = self.by_start.range(lo..=hi).next().map(|(s, e)| (*s, *e))?;
        self.by_start.remove(&s);
        Some((s, e))
    }

    /// Adds [lo, hi) and returns how much of it was not covered yet.
    fn add(&mut self, lo: T, hi: T) -> T {
        let mut start = lo;
        let mut end = hi;
        let mut overlap = T::default();
        if let Some((s, e)) = self.take_touching_left(start) {
            overlap = overlap + (e - s);
            start = s;
            end = end.max(e);
        }
        while let Some((s, e)) = self.take_starting_within(start, end) {
            overlap = overlap + (e - s);
            end = end.max(e);
        }
        self.by_start.insert(start, end);
        let fresh = (end - start) - overlap;
        self.covered = self.covered + fresh;
        fresh
    }

    fn gaps(&self, limit: T) -> Vec<Range<T>> {
        let ends = iter::once(T::default()).chain(self.by_start.values().copied());
        let starts = self.by_start.keys().copied().chain(iter::once(limit));
        ends.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: RangeSet<u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, have: RangeSet::default() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= size)
            .ok_or(UploadError::OutOfBounds { offset, len, size })?;
        Ok(if len == 0 { 0 } else { self.have.add(offset, end) })
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        self.have.gaps(self.size)
    }

    pub fn received_bytes(&self) -> u64 {
        self.have.covered
    }

    pub fn is_complete(&self) -> bool {
        self.have.covered == self.size
    }
}
