// learner: optimal
// idiom: data-engineer: BTreeMap start->end, overlapping neighbours gathered via take_while on a range iterator, missing() as a chain of boundary pairs
use std::collections::BTreeMap;
use std::iter;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    total: u64,
    have: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Upload { size, total: 0, have: BTreeMap::new() }
    }

    fn touching(&self, lo: u64, hi: u64) -> Option<(u64, u64)> {
        // the first stored range that overlaps or touches lo..hi
        self.have
            .range(..lo)
            .next_back()
            .filter(|&(_, &e)| e >= lo)
            .or_else(|| self.have.range(lo..=hi).next())
            .map(|(&s, &e)| (s, e))
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&e| e <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let (mut lo, mut hi, mut seen) = (offset, end, 0u64);
        while let Some((s, e)) = self.touching(lo, hi) {
            self.have.remove(&s);
            seen += e - s;
            lo = lo.min(s);
            hi = hi.max(e);
        }
        self.have.insert(lo, hi);
        let fresh = hi - lo - seen;
        self.total += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let starts = self.have.keys().copied().chain(iter::once(self.size));
        let ends = iter::once(0).chain(self.have.values().copied());
        ends.zip(starts).filter(|(a, b)| a < b).map(|(a, b)| a..b).collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.total
    }

    pub fn is_complete(&self) -> bool {
        self.total == self.size
    }
}
