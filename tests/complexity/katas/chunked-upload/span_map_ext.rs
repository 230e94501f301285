// learner: optimal
// idiom: Kotlin-style extension trait on BTreeMap (takeOverlapping), data class Span value type, iterator chain with scan for missing()
//! Tracks which byte ranges of a resumable upload have arrived.

use std::collections::BTreeMap;
use std::ops::Range;

/// Why a chunk was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadError {
    /// The chunk `offset..offset + len` does not fit in the upload.
    OutOfBounds { offset: u64, len: u64, size: u64 },
}

/// A half-open byte span, Kotlin-data-class style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    start: u64,
    end: u64,
}

impl Span {
    fn len(self) -> u64 {
        self.end - self.start
    }

    fn union(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// Extension-style helpers over the start->end map.
trait SpanMapExt {
    /// Removes and returns one stored span that overlaps or touches `span`, if any.
    fn take_touching(&mut self, span: Span) -> Option<Span>;
}

impl SpanMapExt for BTreeMap<u64, u64> {
    fn take_touching(&mut self, span: Span) -> Option<Span> {
        let before = self
            .range(..span.start)
            .next_back()
            .filter(|(_, &end)| end >= span.start)
            .map(|(&start, &end)| Span { start, end });
        let found = before.or_else(|| {
            self.range(span.start..=span.end).next().map(|(&start, &end)| Span { start, end })
        })?;
        self.remove(&found.start);
        Some(found)
    }
}

/// The received bytes of an upload of known size.
#[derive(Debug, Clone)]
pub struct Upload {
    size: u64,
    received: u64,
    spans: BTreeMap<u64, u64>,
}

impl Upload {
    pub fn new(size: u64) -> Self {
        Self { size, received: 0, spans: BTreeMap::new() }
    }

    pub fn receive(&mut self, offset: u64, len: u64) -> Result<u64, UploadError> {
        let end = offset
            .checked_add(len)
            .filter(|&end| end <= self.size)
            .ok_or(UploadError::OutOfBounds { offset, len, size: self.size })?;
        if len == 0 {
            return Ok(0);
        }
        let mut merged = Span { start: offset, end };
        let mut already = 0;
        while let Some(old) = self.spans.take_touching(merged) {
            already += old.len();
            merged = merged.union(old);
        }
        self.spans.insert(merged.start, merged.end);
        let fresh = merged.len() - already;
        self.received += fresh;
        Ok(fresh)
    }

    pub fn missing(&self) -> Vec<Range<u64>> {
        let size = self.size;
        self.spans
            .iter()
            .map(|(&s, &e)| (s, e))
            .chain(std::iter::once((size, size)))
            .scan(0u64, |cursor, (s, e)| {
                let gap = *cursor..s;
                *cursor = e;
                Some(gap)
            })
            .filter(|gap| !gap.is_empty())
            .collect()
    }

    pub fn received_bytes(&self) -> u64 {
        self.received
    }

    pub fn is_complete(&self) -> bool {
        self.received == self.size
    }
}
