// learner: optimal
// idiom: explicit state machine (EMPTY/LOADING/READY) in an AtomicU8, MaybeUninit slot, latch mutex, drop guard that rolls the state back
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, PoisonError};

/// Slot states. Transitions: EMPTY -> LOADING -> READY, or LOADING -> EMPTY
/// when the loader unwinds. Only the latch holder moves the state.
const SLOT_EMPTY: u8 = 0;
const SLOT_LOADING: u8 = 1;
const SLOT_READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    latch: Mutex<()>,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: `slot` is written only by the latch holder while the state is
// LOADING (no reader touches it then: readers only read after observing
// READY with Acquire). After READY is published with Release the slot is
// never written again, only shared by `&T`. T: Send because the value may be
// dropped on another thread; T: Sync because `&T` is handed to many threads.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Rolls LOADING back to EMPTY if the loader does not finish.
struct LoadingGuard<'a> {
    state: &'a AtomicU8,
    committed: bool,
}

impl Drop for LoadingGuard<'_> {
    fn drop(&mut self) {
        if !self.committed {
            self.state.store(SLOT_EMPTY, Ordering::Release);
        }
    }
}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(SLOT_EMPTY),
            latch: Mutex::new(()),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    #[inline]
    fn is_ready(&self) -> bool {
        self.state.load(Ordering::Acquire) == SLOT_READY
    }

    /// SAFETY: caller has observed SLOT_READY with Acquire.
    #[inline]
    unsafe fn read_slot(&self) -> &T {
        unsafe { (*self.slot.get()).assume_init_ref() }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.is_ready() {
            Some(unsafe { self.read_slot() })
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if self.is_ready() {
            return unsafe { self.read_slot() };
        }
        self.load_slow(init)
    }

    #[cold]
    fn load_slow<F: FnOnce() -> T>(&self, init: F) -> &T {
        // A poisoned latch only means an earlier loader unwound; the guard
        // already put the state back to EMPTY, so the slot is consistent.
        let _latch = self.latch.lock().unwrap_or_else(PoisonError::into_inner);
        match self.state.load(Ordering::Acquire) {
            SLOT_READY => return unsafe { self.read_slot() },
            SLOT_EMPTY => {}
            other => unreachable!("slot state {other} seen under the latch"),
        }
        self.state.store(SLOT_LOADING, Ordering::Relaxed);
        let mut guard = LoadingGuard { state: &self.state, committed: false };
        let value = init();
        unsafe { (*self.slot.get()).write(value) };
        guard.committed = true;
        self.state.store(SLOT_READY, Ordering::Release);
        unsafe { self.read_slot() }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(mut self) -> Option<T> {
        let out = if *self.state.get_mut() == SLOT_READY {
            // Mark the slot empty first so our Drop does not drop it again.
            *self.state.get_mut() = SLOT_EMPTY;
            Some(unsafe { self.slot.get_mut().assume_init_read() })
        } else {
            None
        };
        out
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == SLOT_READY {
            unsafe { self.slot.get_mut().assume_init_drop() };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A value computed on first access by `F`, at most once.
pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    /// A lazy value that `init` will compute. `const`, for use in a `static`.
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    /// Computes the value if needed and returns it.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let taken = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match taken {
                Some(f) => f(),
                None => panic!("Lazy instance is poisoned: its initialiser panicked"),
            }
        })
    }
}

impl<T, F: FnOnce() -> T> Deref for Lazy<T, F> {
    type Target = T;
    fn deref(&self) -> &T {
        Lazy::force(self)
    }
}
