// learner: optimal
// idiom: no Mutex in the cell: AtomicU8 state machine (EMPTY/RUNNING/READY) with compare_exchange, MaybeUninit storage, a drop guard that resets RUNNING->EMPTY on panic, waiters yield
//! One-time initialisation that is safe under many threads.

use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ops::Deref;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Mutex;

const EMPTY: u8 = 0;
const RUNNING: u8 = 1;
const READY: u8 = 2;

pub struct OnceCell<T> {
    state: AtomicU8,
    slot: UnsafeCell<MaybeUninit<T>>,
}

// SAFETY: only the thread that moved state EMPTY->RUNNING writes `slot`, and it publishes it
// with a Release store of READY; everybody else reads `slot` only after an Acquire load of READY.
unsafe impl<T: Send + Sync> Sync for OnceCell<T> {}
unsafe impl<T: Send> Send for OnceCell<T> {}

/// Puts the cell back to EMPTY if the initialiser unwinds.
struct ResetOnUnwind<'a>(&'a AtomicU8);
impl Drop for ResetOnUnwind<'_> {
    fn drop(&mut self) {
        self.0.store(EMPTY, Ordering::Release);
    }
}

impl<T> OnceCell<T> {
    pub const fn new() -> Self {
        OnceCell { state: AtomicU8::new(EMPTY), slot: UnsafeCell::new(MaybeUninit::uninit()) }
    }

    pub fn get(&self) -> Option<&T> {
        if self.state.load(Ordering::Acquire) == READY {
            // SAFETY: READY observed with Acquire: the slot is initialised and never written again.
            Some(unsafe { (*self.slot.get()).assume_init_ref() })
        } else {
            None
        }
    }

    pub fn get_or_init<F: FnOnce() -> T>(&self, init: F) -> &T {
        if let Some(v) = self.get() {
            return v;
        }
        let mut init = Some(init);
        loop {
            match self.state.compare_exchange(EMPTY, RUNNING, Ordering::Acquire, Ordering::Acquire) {
                Ok(_) => {
                    let guard = ResetOnUnwind(&self.state);
                    let value = (init.take().expect("runs once"))();
                    // SAFETY: we own the RUNNING state: nobody else touches the slot.
                    unsafe { (*self.slot.get()).write(value) };
                    std::mem::forget(guard);
                    self.state.store(READY, Ordering::Release);
                    return self.get().expect("just published");
                }
                Err(READY) => return self.get().expect("ready"),
                Err(_) => std::thread::yield_now(),
            }
        }
    }

    pub fn into_inner(self) -> Option<T> {
        let me = std::mem::ManuallyDrop::new(self);
        if me.state.load(Ordering::Acquire) == READY {
            // SAFETY: initialised, and `me` is never dropped, so the value is moved out once.
            Some(unsafe { (*me.slot.get()).assume_init_read() })
        } else {
            None
        }
    }
}

impl<T> Drop for OnceCell<T> {
    fn drop(&mut self) {
        if *self.state.get_mut() == READY {
            // SAFETY: initialised and we have exclusive access.
            unsafe { self.slot.get_mut().assume_init_drop() };
        }
    }
}

impl<T> Default for OnceCell<T> {
    fn default() -> Self {
        Self::new()
    }
}

pub struct Lazy<T, F = fn() -> T> {
    cell: OnceCell<T>,
    init: Mutex<Option<F>>,
}

impl<T, F: FnOnce() -> T> Lazy<T, F> {
    pub const fn new(init: F) -> Self {
        Lazy { cell: OnceCell::new(), init: Mutex::new(Some(init)) }
    }

    pub fn force(this: &Self) -> &T {
        this.cell.get_or_init(|| {
            let f = match this.init.lock() {
                Ok(mut g) => g.take(),
                Err(poisoned) => poisoned.into_inner().take(),
            };
            match f {
                Some(f) => f(),
                None => panic!("Lazy poisoned: the initialiser panicked before"),
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
