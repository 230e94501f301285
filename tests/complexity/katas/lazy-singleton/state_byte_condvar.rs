// learner: optimal
// idiom: C-style three-state AtomicU8 (EMPTY/BUSY/READY) with compare_exchange, Condvar for waiters, drop-guard resets state on panic, `loop` with explicit breaks
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Condvar, Mutex, PoisonError};

const EMPTY: u8 = 0;
const BUSY: u8 = 1;
const READY: u8 = 2;

/// A cell that is written at most once and then only read.
pub struct OnceCell<T> {
    state: AtomicU8,
    park: Mutex<()>,
    wake: Condvar,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: only the thread that moved state EMPTY->BUSY writes `slot`; it
// publishes with a Release store of READY, and readers read `slot` only after
// an Acquire load of READY. After READY the slot is never written again.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Resets BUSY -> EMPTY if the initialiser unwinds, and wakes the waiters.
struct Reset<'a, T> {
    cell: &'a OnceCell<T>,
    done: bool,
}

impl<'a, T> Drop for Reset<'a, T> {
    fn drop(&mut self) {
        let new_state = if self.done { READY } else { EMPTY };
        let g = self.cell.park.lock().unwrap_or_else(PoisonError::into_inner);
        self.cell.state.store(new_state, Ordering::Release);
        drop(g);
        self.cell.wake.notify_all();
    }
}

impl<T> OnceCell<T> {
    /// An empty cell. `const`, so it can initialise a `static`.
    pub const fn new() -> Self {
        OnceCell {
            state: AtomicU8::new(EMPTY),
            park: Mutex::new(()),
            wake: Condvar::new(),
            slot: UnsafeCell::new(MaybeUninit::uninit()),
        }
    }

    /// The value, if some call to `get_or_init` has finished initialising it.
    /// Never blocks.
    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY means the slot is initialised and frozen.
            Some(unsafe { (*self.slot.get()).assume_init_ref() })
        } else {
            None
        }
    }

    /// Returns the value, running `init` first if the cell is empty.
    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        let mut init = Some(init);
        loop {
            let s = self.state.load(Ordering::Acquire);
            if s == READY {
                break;
            }
            if s == EMPTY {
                if self
                    .state
                    .compare_exchange(EMPTY, BUSY, Ordering::Acquire, Ordering::Acquire)
                    .is_ok()
                {
                    let mut reset = Reset { cell: self, done: false };
                    let f = init.take().unwrap();
                    let v = f();
                    // SAFETY: we own the BUSY state: nobody else touches slot.
                    unsafe {
                        (*self.slot.get()).write(v);
                    }
                    reset.done = true;
                    drop(reset); // stores READY and wakes waiters
                    break;
                }
                continue;
            }
            // BUSY: sleep until the state changes
            let mut g = self.park.lock().unwrap_or_else(PoisonError::into_inner);
            loop {
                if self.state.load(Ordering::Acquire) != BUSY {
                    break;
                }
                g = self.wake.wait(g).unwrap_or_else(PoisonError::into_inner);
            }
            drop(g);
        }
        // SAFETY: READY.
        unsafe { (*self.slot.get()).assume_init_ref() }
    }

    /// Consumes the cell and returns its value, if any.
    pub fn into_inner(self) -> Option<T> {
        let mut me = std::mem::ManuallyDrop::new(self);
        let out = if *me.state.get_mut() == READY {
            *me.state.get_mut() = EMPTY;
            // SAFETY: READY means initialised; state reset so it is read once.
            Some(unsafe { (*me.slot.get()).assume_init_read() })
        } else {
            None
        };
        // SAFETY: drop the remaining fields (mutex, condvar) exactly once.
        unsafe {
            std::ptr::drop_in_place(&mut me.park);
            std::ptr::drop_in_place(&mut me.wake);
        }
        out
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised, and this is the last access.
            unsafe { (*self.slot.get()).assume_init_drop() }
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
    ///
    /// # Panics
    /// If the initialiser panicked on an earlier access (it is gone then),
    /// every later access panics too.
    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = this.init.lock().unwrap_or_else(PoisonError::into_inner).take();
            match f {
                Some(f) => f(),
                None => panic!("Lazy instance has previously been poisoned"),
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

