// learner: optimal
// idiom: one flat Vec of all digests with per-level offsets, level-by-level frontier (BFS) of differing node indices
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

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
    flat: Vec<H::Digest>,
    offsets: Vec<usize>, // offsets[l] = start of level l in `flat`; one extra entry at the end
}

impl<H: MerkleHasher> MerkleTree<H> {
    pub fn build(blocks: &[&[u8]]) -> Self {
        let mut flat: Vec<H::Digest> = Vec::with_capacity(2 * blocks.len());
        let mut offsets = vec![0];
        flat.extend(blocks.iter().map(|b| H::leaf(b)));
        offsets.push(flat.len());
        let mut width = blocks.len();
        while width > 1 {
            let start = offsets[offsets.len() - 2];
            for k in (0..width).step_by(2) {
                let d = if k + 1 < width {
                    H::node(flat[start + k], flat[start + k + 1])
                } else {
                    flat[start + k]
                };
                flat.push(d);
            }
            width = (width + 1) / 2;
            offsets.push(flat.len());
        }
        MerkleTree { flat, offsets }
    }

    fn width(&self, level: usize) -> usize {
        self.offsets[level + 1] - self.offsets[level]
    }

    fn at(&self, level: usize, i: usize) -> H::Digest {
        self.flat[self.offsets[level] + i]
    }

    fn height(&self) -> usize {
        self.offsets.len() - 1
    }

    pub fn len(&self) -> usize {
        self.width(0)
    }

    pub fn is_empty(&self) -> bool {
        self.flat.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.flat.last().copied()
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        assert!(self.len() == other.len(), "length mismatch: {} blocks vs {}", self.len(), other.len());
        if self.is_empty() {
            return Vec::new();
        }
        let top = self.height() - 1;
        let mut frontier: Vec<usize> = Vec::new();
        if self.at(top, 0) != other.at(top, 0) {
            frontier.push(0);
        }
        let mut level = top;
        while level > 0 && !frontier.is_empty() {
            let below = level - 1;
            let w = self.width(below);
            let mut next = Vec::with_capacity(frontier.len() * 2);
            for &i in &frontier {
                let l = 2 * i;
                if l + 1 >= w {
                    next.push(l); // carried up: known to differ
                    continue;
                }
                for c in [l, l + 1] {
                    if self.at(below, c) != other.at(below, c) {
                        next.push(c);
                    }
                }
            }
            frontier = next;
            level = below;
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        for i in frontier {
            match out.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => out.push(i..i + 1),
            }
        }
        out
    }
}
