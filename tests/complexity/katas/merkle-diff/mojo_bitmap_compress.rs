// learner: slow
// idiom: Mojo: "mask then compress": the descent marks differing leaves in a dense n-wide byte mask, then one linear pass compresses the mask into ranges
// why: the mask is allocated, zeroed and swept in full on every diff: O(n) time and O(n) extra space, even with one difference (target O(d log n))

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
        let mut levels: Vec<Vec<H::Digest>> = Vec::new();
        if blocks.is_empty() {
            return MerkleTree { levels, _hasher: PhantomData };
        }
        let mut cur: Vec<H::Digest> = blocks.iter().map(|b| H::leaf(b)).collect();
        while cur.len() > 1 {
            let mut up = Vec::with_capacity(cur.len() / 2 + 1);
            for pair in cur.chunks(2) {
                up.push(if pair.len() == 2 { H::node(pair[0], pair[1]) } else { pair[0] });
            }
            levels.push(std::mem::replace(&mut cur, up));
        }
        levels.push(cur);
        MerkleTree { levels, _hasher: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.levels.first().map_or(0, Vec::len)
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    pub fn root(&self) -> Option<H::Digest> {
        self.levels.last().map(|top| top[0])
    }

    fn mark(&self, other: &Self, k: usize, i: usize, mask: &mut [u8]) {
        if self.levels[k][i] == other.levels[k][i] {
            return;
        }
        if k == 0 {
            mask[i] = 1;
            return;
        }
        self.mark(other, k - 1, 2 * i, mask);
        if 2 * i + 1 < self.levels[k - 1].len() {
            self.mark(other, k - 1, 2 * i + 1, mask);
        }
    }

    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        let n = self.len();
        assert!(n == other.len(), "length mismatch: {} vs {}", n, other.len());
        let mut out = Vec::new();
        if n == 0 {
            return out;
        }
        let mut mask = vec![0u8; n];
        self.mark(other, self.levels.len() - 1, 0, &mut mask);
        // compress the mask into runs
        let mut i = 0;
        while i < n {
            if mask[i] != 0 {
                let s = i;
                while i < n && mask[i] != 0 {
                    i += 1;
                }
                out.push(s..i);
            } else {
                i += 1;
            }
        }
        out
    }
}
