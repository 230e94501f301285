// learner: optimal
// idiom: Dart-style: BTreeMap keyed by END (end->start), while-let with Option::filter chaining, closures, builder-ish new, iterator-built missing()
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    have: u64,
    by_end: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, have: 0, by_end: BTreeMap::new() }
    }

    fn fits(&self, offset: u64, len: u64) -> Option<u64> {
        offset.checked_add(len).filter(|&end| end <= self.size)
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let size = self.size;
        let end = self
            .fits(offset, len)
            .ok_or(UploadError::OutOfBounds { offset, len, size })?;
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi, mut overlap) = (offset, end, 0u64);
        while let Some((e, s)) = self
            .by_end
            .range(lo..)
            .next()
            .map(|(&e, &s)| (e, s))
            .filter(|&(_, s)| s <= hi)
        {
            self.by_end.remove(&e);
            overlap += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.by_end.insert(hi, lo);
        let fresh = (hi - lo) - overlap;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let mut from = 0u64;
        let mut gaps: Vec<Range<u64>> = self
            .by_end
            .iter()
            .filter_map(|(&e, &s)| {
                let gap = from..s;
                from = e;
                Some(gap).filter(|g| !g.is_empty())
            })
            .collect();
        if from < self.size {
            gaps.push(from..self.size);
        }
        gaps
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
