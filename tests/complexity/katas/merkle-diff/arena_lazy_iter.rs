// learner: optimal
// idiom: arena Vec of nodes with child indices, manual while-loop level building over index ranges, diff as a lazy `impl Iterator` (custom struct with a stack) folded into ranges
//! A Merkle tree over a list of blocks, and a diff that finds which blocks
//! of two replicas differ while comparing as few digests as possible.

use std::fmt::Debug;
use std::marker::PhantomData;
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

#[derive(Clone, Copy)]
struct Slot<D> {
    digest: D,
    /// (left, right) arena indices; None for a leaf
    kids: Option<(usize, usize)>,
}

/// A Merkle tree: the leaves are the digests of the blocks; each level
/// above pairs up the level below, left to right (`H::node(left, right)`),
/// and an odd last node is carried up unchanged; the single top node is the
/// root.
pub struct MerkleTree<H: MerkleHasher = Fnv> {
    arena: Vec<Slot<H::Digest>>,
    top: Option<usize>,
    blocks: usize,
    _hasher: PhantomData<H>,
}

/// Walks two same-shaped arenas in lockstep, yielding differing leaf ids.
struct Differing<'a, D> {
    left: &'a [Slot<D>],
    right: &'a [Slot<D>],
    stack: Vec<usize>,
}

impl<'a, D: Copy + Eq> Iterator for Differing<'a, D> {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        while let Some(id) = self.stack.pop() {
            let a = &self.left[id];
            if a.digest == self.right[id].digest {
                continue;
            }
            match a.kids {
                None => return Some(id),
                Some((l, r)) => {
                    self.stack.push(r);
                    self.stack.push(l);
                }
            }
        }
        None
    }
}

impl<H: MerkleHasher> MerkleTree<H> {
    /// Hashes every block and builds the levels above them.
    pub fn build(blocks: &[&[u8]]) -> Self {
        let n = blocks.len();
        let mut arena: Vec<Slot<H::Digest>> = Vec::with_capacity(2 * n);
        for b in blocks {
            arena.push(Slot { digest: H::leaf(b), kids: None });
        }
        // ids of the current level, rewritten in place as levels shrink
        let mut ids: Vec<usize> = (0..n).collect();
        let mut width = n;
        while width > 1 {
            let mut read = 0;
            let mut write = 0;
            while read < width {
                if read + 1 < width {
                    let (l, r) = (ids[read], ids[read + 1]);
                    let digest = H::node(arena[l].digest, arena[r].digest);
                    arena.push(Slot { digest, kids: Some((l, r)) });
                    ids[write] = arena.len() - 1;
                } else {
                    ids[write] = ids[read];
                }
                read += 2;
                write += 1;
            }
            width = write;
        }
        let top = if n == 0 { None } else { Some(ids[0]) };
        MerkleTree { arena, top, blocks: n, _hasher: PhantomData }
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.blocks
    }

    pub fn is_empty(&self) -> bool {
        self.blocks == 0
    }

    /// The root digest; None for a tree without blocks.
    pub fn root(&self) -> Option<H::Digest> {
        self.top.map(|i| self.arena[i].digest)
    }

    fn differing<'a>(&'a self, other: &'a Self) -> impl Iterator<Item = usize> + 'a {
        Differing { left: &self.arena, right: &other.arena, stack: self.top.into_iter().collect() }
    }

    /// The ranges of block indices whose leaf digests differ between the two
    /// trees, increasing and maximal (adjacent differing blocks form one
    /// range). Panics, with a message that mentions "length", if the trees
    /// have different numbers of blocks.
    pub fn diff(&self, other: &Self) -> Vec<Range<usize>> {
        if self.blocks != other.blocks {
            panic!("cannot diff trees of different length: {} vs {}", self.blocks, other.blocks);
        }
        self.differing(other).fold(Vec::new(), |mut acc: Vec<Range<usize>>, i| {
            match acc.last_mut() {
                Some(r) if r.end == i => r.end += 1,
                _ => acc.push(i..i + 1),
            }
            acc
        })
    }
}
