// learner: optimal
// idiom: iterator-heavy: levels via successors(), step_by/zip pairing, diff with a Vec stack of (level, index) and if-let merging
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
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    levels: Vec<Vec<H::Digest>>,
    _hasher: PhantomData<H>,
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let leaves: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        let levels: Vec<Vec<H::Digest>> = std::iter::successors(Some(leaves), |below| {
            (below.len() > 1).then(|| {
                let mut up: Vec<H::Digest> = below
                    .iter()
                    .step_by(2)
                    .zip(below.iter().skip(1).step_by(2))
                    .map(|(&l, &r)| H::node(l, r))
                    .collect();
                if below.len() % 2 == 1 {
                    up.push(below[below.len() - 1]);
                }
                up
            })
        })
        .collect();
        Self { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last()?.first().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch: {} vs {}", self.len(), other.len());
        let mut out: Vec<Range<usize>> = Vec::new();
        if self.is_empty() {
            return out;
        }
        let mut stack = vec![(self.levels.len() - 1, 0usize)];
        while let Some((lvl, i)) = stack.pop() {
            let (Some(a), Some(b)) = (self.levels[lvl].get(i), other.levels[lvl].get(i)) else {
                continue;
            };
            if a == b {
                continue;
            }
            if lvl > 0 {
                stack.extend([(lvl - 1, 2 * i + 1), (lvl - 1, 2 * i)]);
            } else if let Some(last) = out.last_mut().filter(|r| r.end == i) {
                last.end += 1;
            } else {
                out.push(i..i + 1);
            }
        }
        out
    }
}
