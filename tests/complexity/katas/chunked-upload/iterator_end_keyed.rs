// learner: optimal
// idiom: iterator enthusiast: BTreeMap keyed by END -> start, while-let over range(offset..), missing via scan + chain + filter
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::iter;
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
    /// end -> start of every maximal received range
    by_end: BTreeMap<u64, u64>,
    have: u64,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, by_end: BTreeMap::new(), have: 0 }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi, mut already) = (offset, end, 0u64);
        // every stored range with end >= offset and start <= hi touches the chunk
        while let Some((e, s)) = self
            .by_end
            .range(offset..)
            .next()
            .map(|(&e, &s)| (e, s))
            .filter(|&(_, s)| s <= hi)
        {
            self.by_end.remove(&e);
            already += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.by_end.insert(hi, lo);
        let fresh = (hi - lo) - already;
        self.have += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let size = self.size;
        self.by_end
            .iter()
            .map(|(&e, &s)| (s, e))
            .chain(iter::once((size, size)))
            .scan(0u64, |gap_start, (s, e)| {
                let gap = *gap_start..s;
                *gap_start = e;
                Some(gap)
            })
            .filter(|g| !g.is_empty())
            .collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.have
    }

    pub fn is_complete(&self) -> bool {
        self.have == self.size
    }
}
