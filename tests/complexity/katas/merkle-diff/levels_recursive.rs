// learner: optimal
// idiom: Clojure developer: levels as a Vec of Vecs built with iter::successors over chunks(2), diff as a recursive descent that conj-es into a range accumulator (merging adjacent leaves)
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::marker::PhantomData;
use std::fmt::Debug;
use std::ops::Range;

/// How a Merkle tree hashes its blocks and combines child digests.
pub trait MerkleHasher {
    type Digest: Copy + Eq + Debug;
    /// The digest of one data block.
    fn leaf(data: &[u8]) -> Self::Digest;
    /// The digest of an internal node from its two children's digests.
    fn node(left: Self::Digest, right: Self::Digest) -> Self::Digest;
}

/// A deterministic 64-bit hasher: FNV-1a followed by a bit mixer, with a
/// different first byte for leaves and nodes. (Provided: you do not need to
/// change it. Not cryptographic.)
pub struct Fnv;

fn fnv_mix(tag: u8, parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&tag).chain(parts.iter().flat_map(|p| p.iter())) {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

impl MerkleHasher for Fnv {
    type Digest = u64;
    fn leaf(data: &[u8]) -> u64 {
        fnv_mix(0, &[data])
    }
    fn node(left: u64, right: u64) -> u64 {
        fnv_mix(1, &[&left.to_le_bytes(), &right.to_le_bytes()])
    }
}

/// A Merkle tree kept as its levels: `levels[0]` the leaves, the last one the root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

fn next_level<H: MerkleHasher>(level: &[H::Digest]) -> Vec<H::Digest> {
    level
        .chunks(2)
        .map(|pair| match *pair {
            [l, r] => H::node(l, r),
            [only] => only,
            _ => unreachable!(),
        })
        .collect()
}

/// Adds leaf `i` to the sorted ranges, extending the last one when adjacent.
fn conj(ranges: &mut Vec<Range<usize>>, i: usize) {
    match ranges.last_mut() {
        Some(r) if r.end == i => r.end += 1,
        _ => ranges.push(i..i + 1),
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let levels = std::iter::successors(Some(leaves), |lvl| (lvl.len() > 1).then(|| next_level::<H>(lvl)))
            .collect();
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels[0].len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().and_then(|top| top.first().copied())
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "cannot diff trees of different length: {} vs {}", self.len(), other.len());
        let mut out = Vec::new();
        if self.root() != other.root() {
            self.descend(other, self.levels.len() - 1, 0, &mut out);
        }
        out
    }

    /// Node `i` of level `lvl` is known to differ: find the differing leaves under it.
    fn descend(&self, other: &Self, lvl: usize, i: usize, out: &mut Vec<Range<usize>>) {
        if lvl == 0 {
            return conj(out, i);
        }
        let below = lvl - 1;
        let kids = [2 * i, 2 * i + 1];
        let present: Vec<usize> = kids.into_iter().filter(|&k| k < self.levels[below].len()).collect();
        if let [only] = present[..] {
            // carried up unchanged: it differs exactly like its parent
            return self.descend(other, below, only, out);
        }
        for k in present {
            if self.levels[below][k] != other.levels[below][k] {
                self.descend(other, below, k, out);
            }
        }
    }
}
