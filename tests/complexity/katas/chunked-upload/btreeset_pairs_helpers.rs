// learner: optimal
// idiom: BTreeSet<(u64, u64)> of (start, end) pairs, private helper methods (bounds/left neighbour/absorb), iterator chain for missing
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeSet;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    total: u64,
    spans: BTreeSet<(u64, u64)>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, total: 0, spans: BTreeSet::new() }
    }

    fn bounds(&self, offset: u64, len: u64) -> Result<u64, UploadError> {
        offset
            .checked_add(len)
            .filter(|&end| end <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })
    }

    /// The span starting strictly before `at`, if any.
    fn left_of(&self, at: u64) -> Option<(u64, u64)> {
        self.spans.range(..(at, 0)).next_back().copied()
    }

    /// The first span starting in `from..=to`, if any.
    fn first_starting_in(&self, from: u64, to: u64) -> Option<(u64, u64)> {
        self.spans.range((from, 0)..=(to, u64::MAX)).next().copied()
    }

    /// Removes `span`, returning its length.
    fn absorb(&mut self, span: (u64, u64)) -> u64 {
        self.spans.remove(&span);
        span.1 - span.0
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = self.bounds(offset, len)?;
        if len == 0 {
            return Ok(0);
        }
        let (mut start, mut stop, mut seen) = (offset, end, 0);
        if let Some(left) = self.left_of(offset).filter(|l| l.1 >= offset) {
            if left.1 >= end {
                return Ok(0);
            }
            seen += self.absorb(left);
            start = left.0;
        }
        while let Some(next) = self.first_starting_in(offset, stop) {
            seen += self.absorb(next);
            stop = stop.max(next.1);
        }
        self.spans.insert((start, stop));
        let added = stop - start - seen;
        self.total += added;
        Ok(added)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let starts = self.spans.iter().map(|&(s, _)| s).chain(std::iter::once(self.size));
        let ends = std::iter::once(0).chain(self.spans.iter().map(|&(_, e)| e));
        ends.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
